// A subscription's admin tools on every store: redelivery from the log, secret rotation, pause,
// and a change of URL and events that keeps the log.
import { describe, expect, it } from 'vitest';
import { webhookDeliveryListSchema, webhookDeliverySchema, webhookSchema } from '../../../src/api';
import { errorOf, ok, patch, type Ctx } from './helpers';

export function webhookAdminTests(ctx: Ctx) {
  describe('webhook admin tools', () => {
    it('redelivers a logged delivery; rotates the secret; pauses; changes url and events', async () => {
      const admin = await ctx().as('admin');
      const hook = await ok(
        await admin.send('POST', '/api/webhooks', {
          url: 'https://hooks.example.com/tools',
          events: ['conversation_manual_push'],
        }),
        webhookSchema,
        201,
      );
      expect(hook.secret).toMatch(/^whsec_/);
      const { conversationId } = await ctx().inbound();
      await patch(admin, conversationId, { status: 'closed' });
      const log = await ok(
        await admin.get(`/api/webhooks/${hook.id}/deliveries`),
        webhookDeliveryListSchema,
      );
      const first = log.data[0];
      expect(first).toMatchObject({ conversationId, eventType: 'conversation_manual_push' });
      if (!first) return;

      ctx().advance(1_000);
      const again = await ok(
        await admin.send('POST', `/api/webhooks/${hook.id}/deliveries/${first.id}/redeliver`),
        webhookDeliverySchema,
        202,
      );
      expect(again).toMatchObject({ id: first.id, status: 'pending', nextAttemptAt: ctx().now() });
      const alex = await ctx().as('alex');
      expect(
        (await alex.send('POST', `/api/webhooks/${hook.id}/deliveries/${first.id}/redeliver`))
          .status,
      ).toBe(403);
      for (const key of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
        expect(
          await errorOf(
            await admin.send('POST', `/api/webhooks/${hook.id}/deliveries/${key}/redeliver`),
          ),
        ).toMatchObject({ status: 404 });

      const pinged = await ok(
        await admin.send('POST', `/api/webhooks/${hook.id}/ping`),
        webhookDeliverySchema,
        202,
      );
      expect(pinged).toMatchObject({ eventType: 'ping', conversationId: 0, status: 'pending' });
      const logged = await ok(
        await admin.get(`/api/webhooks/${hook.id}/deliveries`),
        webhookDeliveryListSchema,
      );
      expect(logged.data[0]?.id).toBe(pinged.id);
      expect((await admin.send('POST', '/api/webhooks/999999/ping')).status).toBe(404);

      const rotated = await ok(
        await admin.send('POST', `/api/webhooks/${hook.id}/secret`),
        webhookSchema,
      );
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(hook.secret);
      expect(rotated.previousSecretUntil).toBe(ctx().now() + 24 * 3600_000);

      const changed = await ok(
        await admin.send('PATCH', `/api/webhooks/${hook.id}`, {
          paused: true,
          url: 'https://hooks.example.com/moved',
          events: ['conversation_push', 'conversation_push'],
        }),
        webhookSchema,
      );
      expect(changed).toMatchObject({
        pausedAt: ctx().now(),
        url: 'https://hooks.example.com/moved',
        events: ['conversation_push'],
        disabledAt: null,
      });
      expect(changed.secret).toBeUndefined();
      const listed = await ok(
        await admin.get(`/api/webhooks/${hook.id}/deliveries`),
        webhookDeliveryListSchema,
      );
      expect(listed.data.map((d) => d.id)).toContain(first.id);
      expect((await admin.send('DELETE', `/api/webhooks/${hook.id}`)).status).toBe(204);
    });
  });
}
