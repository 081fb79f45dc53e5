// Webhook hardening (SPEC 8) as the API shows it on every Store: subscriptions only to public
// addresses, the delivery log for admins only, delivery ids that tell nothing of other orgs'
// traffic, and turning a subscription off and on again.
import { describe, expect, it } from 'vitest';
import {
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookSchema,
  type WebhookDto,
} from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, ok, type Ctx } from './helpers';

const EVENTS = ['conversation_manual_push', 'conversation_push'];

/** A subscription made through the API by `admin`. */
const subscribe = async (admin: Client, url: string) =>
  ok(await admin.send('POST', '/api/webhooks', { url, events: EVENTS }), webhookSchema, 201);

export function webhookSecurityTests(ctx: Ctx) {
  describe('webhook targets', () => {
    it.each([
      ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'link-local'],
      ['a private network', 'http://10.0.0.1/', 'private'],
      ['IPv6 loopback', 'http://[::1]:8080/', 'loopback'],
      ['loopback in hex', 'http://0x7f000001:8080/', 'loopback'],
      ['loopback as one number', 'http://2130706433:8080/', 'loopback'],
      ['loopback shortened', 'http://127.1:8080/', 'loopback'],
      ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]:8080/', 'loopback'],
      ['unique-local IPv6', 'http://[fd00::1]/', 'private'],
      ['the unspecified address', 'http://0.0.0.0:8080/', 'unspecified'],
      ['multicast', 'http://224.0.0.1/', 'multicast'],
      ['localhost', 'http://localhost:8080/', 'loopback'],
    ])('refuses %s (422, saying why) and saves nothing', async (_what, url, kind) => {
      const admin = await ctx().as('admin');
      const before = await ok(await admin.get('/api/webhooks'), webhookListSchema);
      const answer = await errorOf(
        await admin.send('POST', '/api/webhooks', { url, events: EVENTS }),
      );
      expect(answer).toMatchObject({ status: 422, code: 'rejected' });
      expect(answer.message).toMatch(new RegExp(`must point at a public address.*${kind}`));
      expect(await ok(await admin.get('/api/webhooks'), webhookListSchema)).toEqual(before);
    });
  });

  describe('the delivery log and its ids', () => {
    it('is for admins (agents: 403), with opaque ids that do not count deliveries', async () => {
      const admin = await ctx().as('admin');
      const hook = await subscribe(admin, 'https://hooks.example.com/ids');
      const { conversationId } = await ctx().inbound();
      await admin.send('POST', `/api/conversations/${conversationId}/sync`);
      await admin.send('POST', `/api/conversations/${conversationId}/sync`);
      const alex = await ctx().as('alex');
      expect(await errorOf(await alex.get(`/api/webhooks/${hook.id}/deliveries`))).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
      const log = await ok(
        await admin.get(`/api/webhooks/${hook.id}/deliveries`),
        webhookDeliveryListSchema,
      );
      expect(log.data).toHaveLength(4);
      const ids = log.data.map((d) => d.id);
      expect(new Set(ids).size).toBe(4);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
      expect((await admin.send('DELETE', `/api/webhooks/${hook.id}`)).status).toBe(204);
    });
  });

  describe('turning a subscription off and on', () => {
    it('lists disabledAt and disabledReason; off fails what is pending and queues nothing; on resumes', async () => {
      const admin = await ctx().as('admin');
      const hook = await subscribe(admin, 'https://hooks.example.com/switch');
      expect(hook).toMatchObject({ disabledAt: null, disabledReason: null });
      const { conversationId } = await ctx().inbound();
      const sync = () => admin.send('POST', `/api/conversations/${conversationId}/sync`);
      const log = async () =>
        (
          await ok(
            await admin.get(`/api/webhooks/${hook.id}/deliveries`),
            webhookDeliveryListSchema,
          )
        ).data;
      await sync();

      const at = ctx().now();
      const off = await ok(
        await admin.send('PATCH', `/api/webhooks/${hook.id}`, { enabled: false }),
        webhookSchema,
      );
      expect(off).toMatchObject({ disabledAt: at, disabledReason: 'Turned off by an admin' });
      const listed = await ok(await admin.get('/api/webhooks'), webhookListSchema);
      expect(listed.data.find((w: WebhookDto) => w.id === hook.id)).toEqual(off);
      expect((await log()).map((d) => [d.status, d.lastError])).toEqual([
        ['failed', 'endpoint disabled'],
        ['failed', 'endpoint disabled'],
      ]);
      await sync();
      expect(await log()).toHaveLength(2);

      const on = await ok(
        await admin.send('PATCH', `/api/webhooks/${hook.id}`, { enabled: true }),
        webhookSchema,
      );
      expect(on).toMatchObject({ disabledAt: null, disabledReason: null });
      await sync();
      expect((await log()).map((d) => d.status)).toEqual([
        'pending',
        'pending',
        'failed',
        'failed',
      ]);
      expect((await admin.send('DELETE', `/api/webhooks/${hook.id}`)).status).toBe(204);
    });

    it('is for admins (403), of their own org (404), with a boolean (400)', async () => {
      const admin = await ctx().as('admin');
      const hook = await subscribe(admin, 'https://hooks.example.com/rights');
      const path = `/api/webhooks/${hook.id}`;
      const alex = await ctx().as('alex');
      const gina = await ctx().as('gina');
      expect(await errorOf(await alex.send('PATCH', path, { enabled: false }))).toMatchObject({
        status: 403,
      });
      expect(await errorOf(await gina.send('PATCH', path, { enabled: false }))).toMatchObject({
        status: 403,
      });
      expect(
        await errorOf(await admin.send('PATCH', '/api/webhooks/999999', { enabled: true })),
      ).toMatchObject({ status: 404, code: 'not_found' });
      for (const body of [{}, { enabled: 'yes' }, { enabled: true, colour: 'red' }]) {
        expect(await errorOf(await admin.send('PATCH', path, body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      const listed = await ok(await admin.get('/api/webhooks'), webhookListSchema);
      expect(listed.data.find((w) => w.id === hook.id)?.disabledAt).toBeNull();
      expect((await admin.send('DELETE', path)).status).toBe(204);
    });
  });
}
