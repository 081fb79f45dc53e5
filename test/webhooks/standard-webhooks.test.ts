// Standard Webhooks end to end: a subscription made through the API gets a `whsec_` secret, and
// the `standardwebhooks` package (what receivers use) verifies every delivery, refuses a replay,
// and keeps verifying through a secret rotation; redelivery, pause and a new URL, over real HTTP.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliverySchema, webhookSchema } from '../../src/api';
import type { Received } from '../server/webhook-kit';
import { deliveryLog, eventually, sleep } from '../server/webhook-kit';
import { startDeliveryStack, type DeliveryStack } from './stack';

let s: DeliveryStack;
let sub: { id: number; secret: string };
beforeAll(async () => {
  s = await startDeliveryStack();
  const created = webhookSchema.parse(
    await s.admin.json('POST', '/api/webhooks', {
      url: `${s.receiver.url}/standard`,
      events: ['conversation_manual_push'],
    }),
  );
  sub = { id: created.id, secret: created.secret ?? '' };
}, 60_000);
afterAll(() => s?.close());

const headersOf = (r: Received): Record<string, string> => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

/** Closes a new conversation and waits for its one delivery at `path`. */
async function closeOne(path = '/hook/standard'): Promise<Received> {
  const id = await s.admin.inbound();
  await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
  let got: Received | undefined;
  await eventually(() => {
    got = s.receiver.requests.find((r) => r.path === path && r.payload.data.conversationId === id);
    expect(got).toBeTruthy();
  });
  if (!got) throw new Error('no delivery');
  return got;
}

describe('Standard Webhooks', () => {
  it('gives a new subscription a whsec_ secret that a Standard Webhooks library verifies', async () => {
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const r = await closeOne();
    const headers = headersOf(r);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(headers['webhook-id']).toBe(r.headers['x-parley-delivery']);
    expect(new Webhook(sub.secret).verify(r.body, headers)).toEqual(r.payload);
    // The older header is still there for existing receivers.
    expect(r.headers['x-parley-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    // Another secret, a changed body, and a replay ten minutes later are all refused.
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret entirely').toString('base64')}`).verify(
        r.body,
        headers,
      ),
    ).toThrow('No matching signature found');
    expect(() => new Webhook(sub.secret).verify(`${r.body} `, headers)).toThrow(
      'No matching signature found',
    );
    const stale = String(Math.floor(Date.now() / 1000) - 600);
    expect(() =>
      new Webhook(sub.secret).verify(r.body, { ...headers, 'webhook-timestamp': stale }),
    ).toThrow(/timestamp/i);
  });

  it('a hand-chosen secret verifies as whsec_ + its base64', async () => {
    const id = await s.admin.inbound();
    await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await eventually(() =>
      expect(
        s.receiver.requests.some(
          (q) => q.path === '/hook/modern' && q.payload.data.conversationId === id,
        ),
      ).toBe(true),
    );
    const got = s.receiver.requests.find(
      (q) => q.path === '/hook/modern' && q.payload.data.conversationId === id,
    );
    if (!got) throw new Error('no delivery');
    const secret = `whsec_${Buffer.from('modern-secret-0123456789').toString('base64')}`;
    expect(new Webhook(secret).verify(got.body, headersOf(got))).toEqual(got.payload);
  });

  it('redelivers one delivery from the log with the same webhook-id', async () => {
    const first = await closeOne();
    const key = String(first.headers['webhook-id']);
    const before = s.receiver.requests.length;
    const res = await s.admin.send('POST', `/api/webhooks/${sub.id}/deliveries/${key}/redeliver`);
    expect(res.status).toBe(202);
    expect(webhookDeliverySchema.parse(await res.json())).toMatchObject({
      id: key,
      status: 'pending',
    });
    await eventually(() => {
      const again = s.receiver.requests
        .slice(before)
        .filter((q) => q.headers['webhook-id'] === key);
      expect(again).toHaveLength(1);
      expect(again[0]?.body).toBe(first.body);
    });
    await eventually(async () => {
      const logged = (await deliveryLog(s.admin, sub.id)).find((d) => d.id === key);
      expect(logged).toMatchObject({ status: 'delivered', attempts: 2 });
    });
    const unknown = await s.admin.send(
      'POST',
      `/api/webhooks/${sub.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`,
    );
    expect(unknown.status).toBe(404);
  });

  it('after a rotation, signs with the new secret and, for a day, the old one too', async () => {
    const rotated = webhookSchema.parse(
      await s.admin.json('POST', `/api/webhooks/${sub.id}/secret`),
    );
    const next = rotated.secret ?? '';
    expect(next).toMatch(/^whsec_/);
    expect(next).not.toBe(sub.secret);
    expect(rotated.previousSecretUntil).toBe(s.clock.now() + 24 * 3600_000);
    const r = await closeOne();
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(new Webhook(next).verify(r.body, headersOf(r))).toEqual(r.payload);
    expect(new Webhook(sub.secret).verify(r.body, headersOf(r))).toEqual(r.payload);
    // A day later only the new one signs.
    s.clock.advance(24 * 3600_000 + 1);
    const later = await closeOne();
    expect(String(later.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => new Webhook(sub.secret).verify(later.body, headersOf(later))).toThrow(
      'No matching signature found',
    );
    expect(new Webhook(next).verify(later.body, headersOf(later))).toEqual(later.payload);
  });

  it('a paused subscription holds its deliveries and sends them when resumed; a new URL keeps the log', async () => {
    const paused = webhookSchema.parse(
      await s.admin.json('PATCH', `/api/webhooks/${sub.id}`, { paused: true }),
    );
    expect(paused.pausedAt).toBe(s.clock.now());
    const id = await s.admin.inbound();
    await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await sleep(300);
    const held = (r: Received) =>
      r.payload.data.conversationId === id && r.path.endsWith('/standard');
    expect(s.receiver.requests.filter(held)).toHaveLength(0);
    const logBefore = (await deliveryLog(s.admin, sub.id)).length;
    const moved = webhookSchema.parse(
      await s.admin.json('PATCH', `/api/webhooks/${sub.id}`, {
        paused: false,
        url: `${s.receiver.url}/moved`,
      }),
    );
    expect(moved).toMatchObject({ pausedAt: null, url: `${s.receiver.url}/moved` });
    await eventually(() =>
      expect(
        s.receiver.requests.filter((r) => r.payload.data.conversationId === id).map((r) => r.path),
      ).toContain('/hook/moved'),
    );
    expect((await deliveryLog(s.admin, sub.id)).length).toBe(logBefore);
  });

  it('sends conversation_created and message_created only to a subscription that names them', async () => {
    const sync = webhookSchema.parse(
      await s.admin.json('POST', '/api/webhooks', {
        url: `${s.receiver.url}/sync`,
        events: ['conversation_created', 'message_created'],
      }),
    );
    const id = await s.admin.inbound();
    await s.admin.json('POST', `/api/conversations/${id}/messages`, { type: 'chat', body: 'Hi!' });
    const mine = (path: string) =>
      s.receiver.requests.filter((r) => r.path === path && r.payload.data.conversationId === id);
    await eventually(() => expect(mine('/hook/sync')).toHaveLength(3));
    const [created, contactSaid, agentSaid] = mine('/hook/sync').map((r) => r.payload);
    expect(created).toMatchObject({
      orgId: s.orgId,
      type: 'conversation_created',
      data: { conversationId: id, channel: 'chat', contactId: expect.any(Number) },
    });
    expect(contactSaid).toMatchObject({
      type: 'message_created',
      data: { conversationId: id, messageType: 'chat', authorType: 'contact' },
    });
    expect(agentSaid).toMatchObject({ type: 'message_created', data: { authorType: 'agent' } });
    const first = mine('/hook/sync')[0];
    if (!first) throw new Error('nothing reached /hook/sync');
    expect(new Webhook(sync.secret ?? '').verify(first.body, headersOf(first))).toEqual(
      first.payload,
    );
    // The subscriptions that did not choose them, the legacy one included, got none.
    await sleep(200);
    for (const path of ['/hook/modern', '/hook/legacy'])
      expect(
        mine(path).filter((r) =>
          ['conversation_created', 'message_created'].includes(r.payload.type),
        ),
      ).toEqual([]);
  });

  it('sends a test ping to that endpoint only, signed like every delivery', async () => {
    const before = s.receiver.requests.length;
    const res = await s.admin.send('POST', `/api/webhooks/${sub.id}/ping`);
    expect(res.status).toBe(202);
    const { id: key } = webhookDeliverySchema.parse(await res.json());
    await eventually(() =>
      expect(s.receiver.requests.slice(before).map((r) => r.payload.type)).toEqual(['ping']),
    );
    const ping = s.receiver.requests[before];
    if (!ping) throw new Error('no ping');
    expect(ping.headers['webhook-id']).toBe(key);
    expect(ping.payload).toMatchObject({ type: 'ping', data: { webhookId: sub.id } });
    expect(ping.path).toBe('/hook/moved');
  });

  it('refuses a PATCH that changes nothing, a legacy event, or an inward URL, changing nothing', async () => {
    for (const [body, status] of [
      [{}, 400],
      [{ events: ['conversation_status_updated'] }, 422],
      [{ url: 'http://169.254.169.254/latest' }, 422],
      [{ url: 'ftp://example.com' }, 400],
    ] as const) {
      const res = await s.admin.send('PATCH', `/api/webhooks/${sub.id}`, body);
      expect({ body, status: res.status }).toEqual({ body, status });
    }
    const list = await s.admin.json<{ data: { id: number; url: string; events: string[] }[] }>(
      'GET',
      '/api/webhooks',
    );
    expect(list.data.find((w) => w.id === sub.id)).toMatchObject({
      url: `${s.receiver.url}/moved`,
      events: ['conversation_manual_push'],
    });
  });
});
