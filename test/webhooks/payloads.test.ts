// Webhook payloads end to end: a host on PGlite with a clock the test moves, a real HTTP receiver
// on 127.0.0.1, and the exact bodies of SPEC section 3 for a modern and a legacy subscriber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactly, SECRETS, startDeliveryStack, type DeliveryStack } from './stack';
import { deliveryLog, eventually, sleep } from '../server/webhook-kit';
import { verifySignature } from '../../server/webhooks/signature';

let s: DeliveryStack;
beforeAll(async () => {
  s = await startDeliveryStack();
}, 60_000);
afterAll(() => s?.close());

const manualPush = (id: number, at: number) => s.push('conversation_manual_push', id, at);
const inactive = (id: number, at: number) => s.push('conversation_inactive', id, at);
const pushed = (id: number, at: number) => s.push('conversation_push', id, at);

describe('webhook payloads', () => {
  it('lists the legacy subscription as legacy, and the one made through the API as not', async () => {
    const { data } = await s.admin.json<{ data: { id: number; legacy?: boolean }[] }>(
      'GET',
      '/api/webhooks',
    );
    expect(data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: s.subs.modern, legacy: false }),
        expect.objectContaining({ id: s.subs.legacy, legacy: true }),
      ]),
    );
  });

  it('sends a close by a person: status_updated (legacy only), manual_push, push', async () => {
    const id = await s.admin.inbound();
    s.clock.advance(1_000);
    const at = s.clock.now();
    await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await eventually(() => {
      expect(s.bodies('modern', id)).toEqual(exactly(manualPush(id, at), pushed(id, at)));
      expect(s.bodies('legacy', id)).toEqual(
        exactly(
          {
            orgId: s.orgId,
            type: 'conversation_status_updated',
            data: { conversationId: id, status: 'closed', changedAt: at },
          },
          manualPush(id, at),
          pushed(id, at),
        ),
      );
    });
  });

  it('sends /sync: manual_push, push, and a closed status_updated for legacy subscribers only', async () => {
    const id = await s.admin.inbound();
    const created = s.clock.now();
    s.clock.advance(2_000);
    const res = await s.admin.send('POST', `/api/conversations/${id}/messages`, {
      type: 'chat',
      body: '/sync',
    });
    expect(res.status).toBe(202);
    await eventually(() => {
      expect(s.bodies('modern', id)).toEqual(exactly(manualPush(id, created), pushed(id, created)));
      expect(s.bodies('legacy', id)).toEqual(
        exactly(manualPush(id, created), pushed(id, created), s.closedLegacy(id, s.clock.now())),
      );
    });
    // The legacy "closed" is a bridge for old integrations: the conversation stays open.
    const c = await s.admin.json<{ status: string }>('GET', `/api/conversations/${id}`);
    expect(c.status).toBe('open');
  });

  it('signs the raw body with the subscription secret and names the event and the delivery', async () => {
    const id = await s.admin.inbound();
    await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await eventually(() => expect(s.bodies('modern', id)).toHaveLength(2));
    const mine = s.receiver.requests.filter((q) => q.payload.data.conversationId === id);
    for (const r of mine) {
      const secret = r.path.endsWith('/legacy') ? SECRETS.legacy : SECRETS.modern;
      const signature = String(r.headers['x-parley-signature']);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-parley-event']).toBe(r.payload.type);
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature(secret, r.body, signature)).toBe(true);
      expect(verifySignature('another-secret-0123456', r.body, signature)).toBe(false);
    }
    const sent = mine
      .filter((q) => q.path === '/hook/modern')
      .map((q) => q.headers['x-parley-delivery']);
    const logged = (await deliveryLog(s.admin, s.subs.modern)).filter(
      (d) => d.conversationId === id,
    );
    expect(sent).toEqual(logged.map((d) => d.id).reverse());
    expect(logged.every((d) => d.status === 'delivered' && d.responseStatus === 200)).toBe(true);
  });

  it('refuses a URL that points at this server (422), and allows another port of this machine', async () => {
    const port = s.host.port;
    for (const url of [
      `http://127.0.0.1:${port}/api/inbound`,
      `http://localhost:${port}/hook`,
      `http://[::1]:${port}/hook`,
      `http://127.1.2.3:${port}/hook`,
      `http://0.0.0.0:${port}/hook`,
    ]) {
      const res = await s.admin.send('POST', '/api/webhooks', {
        url,
        events: ['conversation_push'],
      });
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      expect(await res.json()).toMatchObject({
        error: { code: 'rejected', message: expect.stringContaining('this Parley server') },
      });
    }
    // The name the request came in by, whatever the proxy in front calls it.
    const proxied = await s.admin.send(
      'POST',
      '/api/webhooks',
      { url: 'https://parley.example.com/hook', events: ['conversation_push'] },
      { 'x-forwarded-host': 'parley.example.com' },
    );
    expect(proxied.status).toBe(422);
    const elsewhere = await s.admin.send('POST', '/api/webhooks', {
      url: `http://127.0.0.1:${s.receiver.port}/other`,
      events: ['conversation_push'],
    });
    expect(elsewhere.status).toBe(201);
    const { id } = (await elsewhere.json()) as { id: number };
    expect((await s.admin.send('DELETE', `/api/webhooks/${id}`)).status).toBe(204);
  });

  // Last: it moves the clock by minutes and shortens the org's quiet period.
  it('sends conversation_inactive once per quiet period, with the org’s inactivitySeconds', async () => {
    await s.admin.json('PATCH', '/api/org/settings', { inactivitySeconds: 60 });
    try {
      const email = 'quiet-customer@customers.test';
      const id = await s.admin.inbound({ email });
      const created = s.clock.now();
      s.clock.advance(59_000);
      await sleep(100);
      expect(s.bodies('modern', id)).toEqual([]);
      s.clock.advance(1_000);
      const quietAt = s.clock.now();
      await eventually(() => {
        expect(s.bodies('modern', id)).toEqual(exactly(inactive(id, created), pushed(id, created)));
        expect(s.bodies('legacy', id)).toEqual(
          exactly(inactive(id, created), pushed(id, created), s.closedLegacy(id, quietAt)),
        );
      });
      // The same quiet period is reported once, however long it lasts.
      s.clock.advance(10 * 60_000);
      await sleep(150);
      expect(s.bodies('modern', id)).toHaveLength(2);
      // A message from the contact starts a new quiet period.
      expect(await s.admin.inbound({ email })).toBe(id);
      const spoke = s.clock.now();
      s.clock.advance(60_000);
      await eventually(() =>
        expect(s.bodies('modern', id).slice(2)).toEqual(
          exactly(inactive(id, spoke), pushed(id, spoke)),
        ),
      );
    } finally {
      await s.admin.json('PATCH', '/api/org/settings', { inactivitySeconds: 600 });
    }
  });
});
