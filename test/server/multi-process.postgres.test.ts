// Two Parley processes on one PostgreSQL (two hosts in this process, each with its own pool,
// clock, webhook worker and LISTEN connection): live events cross between them, and neither the
// clock nor the webhooks do anything twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../server/host';
import { UNDO_WINDOW_MS } from '../../src/domain';
import { freshPostgres, POSTGRES_SKIP_MESSAGE, TEST_DATABASE_URL } from './databases';
import type { TestDatabase } from './databases';
import {
  eventually,
  openEventStream,
  signIn,
  sleep,
  startReceiver,
  startTestHost,
  testClock,
  type Api,
  type Receiver,
} from './webhook-kit';

if (TEST_DATABASE_URL === undefined)
  console.log(POSTGRES_SKIP_MESSAGE.replace('API suite', 'multi-process tests'));

describe.skipIf(TEST_DATABASE_URL === undefined)('two processes on one PostgreSQL', () => {
  const clock = testClock();
  let db: TestDatabase;
  let receiver: Receiver;
  let a: RunningHost;
  let b: RunningHost;
  let viaA: Api;
  let viaB: Api;

  beforeAll(async () => {
    db = await freshPostgres(TEST_DATABASE_URL ?? '');
    receiver = await startReceiver();
    // The real undo window: a close's webhooks are held in the database, whichever process polls.
    const options = { databaseUrl: db.url, now: clock.now, undoWindowMs: UNDO_WINDOW_MS };
    [a, b] = await Promise.all([startTestHost(options), startTestHost(options)]);
    [viaA, viaB] = await Promise.all([signIn(a.url), signIn(b.url)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await receiver?.close();
    await db?.drop();
  });

  it('wakes an event stream on one host when a change commits through the other', async () => {
    const id = await viaA.inbound();
    const stream = await openEventStream(b.url, viaB);
    try {
      const started = Date.now();
      await viaA.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
      // Heartbeats are 15 s apart: only NOTIFY gets it there well before the next one.
      await stream.readUntil((t) =>
        /event: conversation\.changed\ndata: .*"status":"closed"/.test(t),
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(stream.text()).toContain(`"id":${id},`);
    } finally {
      stream.stop();
    }
  });

  it('shares presence: a report through one host is streamed, listed and forgotten on the other', async () => {
    const id = await viaA.inbound();
    const [alexOnA, samOnB] = await Promise.all([
      signIn(a.url, 'alex@acme.test'),
      signIn(b.url, 'sam@acme.test'),
    ]);
    const { agent } = await alexOnA.json<{ agent: { id: number } }>('GET', '/api/me');
    const viewersOnB = async () =>
      (
        await samOnB.json<{ viewers: unknown[]; version: number }>(
          'GET',
          `/api/conversations/${id}`,
        )
      ).viewers;
    const stream = await openEventStream(b.url, samOnB);
    try {
      const before = await samOnB.json<{ version: number }>('GET', `/api/conversations/${id}`);
      const posted = await alexOnA.send('POST', `/api/conversations/${id}/presence`, {
        state: 'typing',
      });
      expect(posted.status).toBe(204);
      await stream.readUntil((t) => /event: presence\ndata: .*"state":"typing"/.test(t));
      expect(stream.text()).toContain(`"conversationId":${id},"agentId":${agent.id},"name":"Alex"`);
      await eventually(async () =>
        expect(await viewersOnB()).toEqual([{ agentId: agent.id, name: 'Alex', typing: true }]),
      );
      // Presence writes nothing: the version on the other host has not moved.
      const after = await samOnB.json<{ version: number }>('GET', `/api/conversations/${id}`);
      expect(after.version).toBe(before.version);
      clock.set(clock.now() + 15_000);
      expect(await viewersOnB()).toEqual([]);
    } finally {
      stream.stop();
    }
  });

  it('answers a page of a view that the other host has changed as changed, not as it kept it', async () => {
    const id = await viaA.inbound();
    type Page = { data: { id: number; status: string }[] };
    const openIds = async () =>
      (await viaB.json<Page>('GET', '/api/conversations?view=open&sort=newest&limit=100')).data.map(
        (row) => row.id,
      );
    expect(await openIds()).toContain(id);
    // Asked twice: the second answer may come from what host B kept of the first.
    expect(await openIds()).toContain(id);
    await viaA.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    expect(await openIds()).not.toContain(id);
    await viaA.json('PATCH', `/api/conversations/${id}`, { status: 'open' });
    expect(await openIds()).toContain(id);
  });

  it('ends each snooze once, whichever clock gets to it', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => viaA.inbound()));
    const until = clock.now() + 10_000;
    await viaA.json('POST', '/api/conversations/bulk', { action: 'snooze', until, ids });
    clock.set(until);
    await eventually(async () => {
      const { rows } = await db.client.query(
        `SELECT count(*) AS n FROM conversations WHERE id = ANY($1::int[]) AND status = 'open'`,
        [ids],
      );
      expect(rows).toEqual([{ n: 20 }]);
    }, 20_000);
    const { rows } = await db.client.query(
      `SELECT conversation_id, count(*) AS n FROM messages
       WHERE conversation_id = ANY($1::int[]) AND body = 'Snooze ended'
       GROUP BY conversation_id`,
      [ids],
    );
    expect(rows.map((r) => r['n'])).toEqual(ids.map(() => 1));
    const woke = await db.client.query(
      `SELECT count(*) AS n FROM webhook_outbox
       WHERE conversation_id = ANY($1::int[]) AND payload -> 'data' ->> 'status' = 'open'`,
      [ids],
    );
    expect(woke.rows).toEqual([{ n: 20 }]);
  }, 30_000);

  it('delivers each webhook once, with both workers polling the same outbox', async () => {
    const { id: webhookId } = await viaA.json<{ id: number }>('POST', '/api/webhooks', {
      url: receiver.url,
      events: ['conversation_manual_push', 'conversation_push'],
    });
    const ids = await Promise.all(Array.from({ length: 24 }, () => viaB.inbound()));
    await Promise.all([
      viaA.json('POST', '/api/conversations/bulk', { action: 'close', ids: ids.slice(0, 12) }),
      viaB.json('POST', '/api/conversations/bulk', { action: 'close', ids: ids.slice(12) }),
    ]);
    const mine = () => receiver.requests.filter((r) => ids.includes(r.payload.data.conversationId));
    // A close's webhooks wait out its undo window (SPEC 7.2): neither process's worker sends them.
    await sleep(300);
    expect(mine()).toHaveLength(0);
    clock.advance(UNDO_WINDOW_MS + 1);
    await eventually(() => expect(mine()).toHaveLength(48), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const deliveries = mine().map((r) => r.headers['x-parley-delivery']);
    expect(new Set(deliveries).size).toBe(48);
    expect(mine()).toHaveLength(48);
    for (const id of ids) {
      const types = mine()
        .filter((r) => r.payload.data.conversationId === id)
        .map((r) => r.payload.type);
      expect(types).toEqual(['conversation_manual_push', 'conversation_push']);
    }
    const { rows } = await db.client.query(
      'SELECT count(*) AS n FROM webhook_deliveries WHERE subscription_id = $1 AND delivered_at IS NOT NULL AND attempts = 1',
      [webhookId],
    );
    expect(rows).toEqual([{ n: 48 }]);
  }, 30_000);

  // Last: agents become available, so the demo's waiting conversations are assigned.
  it('assigns each conversation once and nobody over capacity, with both hosts routing at once', async () => {
    const [alex, sam] = await Promise.all([
      signIn(a.url, 'alex@acme.test'),
      signIn(b.url, 'sam@acme.test'),
    ]);
    const { agents } = await viaA.json<{ agents: { id: number; name: string }[] }>(
      'GET',
      '/api/agents',
    );
    const idOf = (name: string) => agents.find((x) => x.name === name)?.id ?? 0;
    const capacity = 8;
    await viaA.json('PATCH', `/api/agents/${idOf('Alex')}`, { capacity });
    await viaB.json('PATCH', `/api/agents/${idOf('Sam')}`, { capacity });
    // Both available, while 30 new conversations arrive through both hosts.
    await Promise.all([
      alex.json('PATCH', '/api/me', { available: true }),
      sam.json('PATCH', '/api/me', { available: true }),
      ...Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? viaA : viaB).inbound()),
    ]);
    const openAssigned = async () => {
      const { rows } = await db.client.query(
        `SELECT assignee_id, count(*)::int AS n FROM conversations
         WHERE status = 'open' AND assignee_id = ANY($1::int[]) GROUP BY assignee_id ORDER BY assignee_id`,
        [[idOf('Alex'), idOf('Sam')]],
      );
      return rows.map((r) => [r['assignee_id'], r['n']]);
    };
    const assignedOnce = async () => {
      const { rows } = await db.client.query(
        `SELECT conversation_id, count(*)::int AS n FROM messages
         WHERE body LIKE 'Parley assigned the conversation to %'
         GROUP BY conversation_id HAVING count(*) > 1`,
      );
      expect(rows).toEqual([]);
    };
    // More wait than both can hold: each ends exactly at capacity, never over.
    const full = [
      [idOf('Alex'), capacity],
      [idOf('Sam'), capacity],
    ];
    await eventually(async () => expect(await openAssigned()).toEqual(full), 20_000);
    await assignedOnce();
    // Alex closes 6 through both hosts at once: each freed place is taken again, once.
    const { rows: mine } = await db.client.query(
      `SELECT id FROM conversations WHERE status = 'open' AND assignee_id = $1 ORDER BY id LIMIT 6`,
      [idOf('Alex')],
    );
    await Promise.all(
      mine.map((row, i) =>
        (i % 2 === 0 ? viaA : viaB).json('PATCH', `/api/conversations/${String(row['id'])}`, {
          status: 'closed',
        }),
      ),
    );
    await eventually(async () => expect(await openAssigned()).toEqual(full), 20_000);
    await assignedOnce();
    // Room made behind the service's back: only drains that hold no other lock of the org (both
    // clocks, and both agents saying again that they are available) race to fill it.
    await db.client.query('UPDATE agents SET capacity = $1 WHERE id = ANY($2::int[])', [
      2 * capacity,
      [idOf('Alex'), idOf('Sam')],
    ]);
    await Promise.all(
      [alex, sam].flatMap((who) => [
        who.json('PATCH', '/api/me', { available: true }),
        who.json('PATCH', '/api/me', { available: true }),
      ]),
    );
    const doubled = full.map(([id]) => [id, 2 * capacity]);
    await eventually(async () => expect(await openAssigned()).toEqual(doubled), 20_000);
    await sleep(1_500);
    expect(await openAssigned()).toEqual(doubled);
    await assignedOnce();
  }, 60_000);
});
