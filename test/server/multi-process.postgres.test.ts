// Two Parley processes on one PostgreSQL (two hosts in this process, each with its own pool,
// clock, webhook worker and LISTEN connection): live events cross between them, and neither the
// clock nor the webhooks do anything twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../server/host';
import { freshPostgres, POSTGRES_SKIP_MESSAGE, TEST_DATABASE_URL } from './databases';
import type { TestDatabase } from './databases';
import {
  eventually,
  signIn,
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
    const options = { databaseUrl: db.url, now: clock.now };
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
    const stop = new AbortController();
    const res = await fetch(`${b.url}/api/events`, {
      headers: { cookie: viaB.cookie },
      signal: stop.signal,
    });
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no stream');
    const decoder = new TextDecoder();
    let text = '';
    const read = async (until: (t: string) => boolean) => {
      while (!until(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        text += decoder.decode(value, { stream: true });
      }
    };
    try {
      await read((t) => t.includes('event: ready'));
      const started = Date.now();
      await viaA.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
      // Heartbeats are 15 s apart: only NOTIFY gets it there well before the next one.
      await read((t) => /event: conversation\.changed\ndata: .*"status":"closed"/.test(t));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(text).toContain(`"id":${id},`);
    } finally {
      stop.abort();
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
});
