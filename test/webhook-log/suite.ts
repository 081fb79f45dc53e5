// The delivery log (`GET /api/webhooks/:id/deliveries`) and who a change is queued for, written
// once and run on every Store: memory here (the mock), PGlite in server/. The memory Store sends
// nothing, so what these tests see is the queue as a change leaves it: pending, newest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveryListSchema, webhookSchema } from '../../src/api';
import { UNDO_WINDOW_MS } from '../../src/domain';
import { buildHarness, type ApiHarness, type MakeStoreHarness } from '../api/harness';
import { errorOf, ok } from '../api/cases/helpers';

export function defineWebhookLogSuite(name: string, make: MakeStoreHarness): void {
  describe(`${name}`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await buildHarness(make);
    }, 120_000);
    afterAll(() => h?.close());

    const subscribe = async () => {
      const admin = await h.as('admin');
      const created = await ok(
        await admin.send('POST', '/api/webhooks', {
          url: 'https://hooks.example.com/parley',
          events: ['conversation_manual_push', 'conversation_push'],
        }),
        webhookSchema,
        201,
      );
      const legacy = await h.store.transaction((tx) =>
        tx.insertWebhook({
          orgId: h.demo.acme.orgId,
          url: 'https://legacy.example.com/drift',
          events: ['conversation_status_updated', 'conversation_push'],
          secret: 'legacy-secret-0123456789',
          createdAt: h.now(),
          legacy: true,
        }),
      );
      return { admin, modern: created.id, legacy: legacy.id };
    };

    it('logs what a close queued for each subscriber, newest first, in the exact shape', async () => {
      const { admin, modern, legacy } = await subscribe();
      const { conversationId } = await h.inbound();
      h.advance(1_000);
      const at = h.now();
      expect(
        (await admin.send('PATCH', `/api/conversations/${conversationId}`, { status: 'closed' }))
          .status,
      ).toBe(200);

      const res = await admin.get(`/api/webhooks/${modern}/deliveries?limit=50`);
      const body: unknown = await res.clone().json();
      const { data } = await ok(res, webhookDeliveryListSchema);
      expect(data.map((d) => d.eventType)).toEqual([
        'conversation_push',
        'conversation_manual_push',
      ]);
      // Opaque ids (SPEC 8): random, so they say nothing of other orgs' deliveries.
      expect(data.map((d) => d.id)).toEqual([expect.any(String), expect.any(String)]);
      expect(data[0]?.id).not.toBe(data[1]?.id);
      expect(data[1]).toEqual({
        id: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        eventType: 'conversation_manual_push',
        conversationId,
        status: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        // A close is undoable: its webhooks wait out the undo window (SPEC 7.2).
        nextAttemptAt: at + UNDO_WINDOW_MS,
        responseStatus: null,
        lastError: null,
        deliveredAt: null,
        createdAt: at,
      });
      // Nothing beyond the contract's fields goes out (the subscription id, say).
      expect(Object.keys((body as { data: object[] }).data[0] ?? {}).sort()).toEqual(
        Object.keys(data[1] ?? {}).sort(),
      );

      const old = await ok(
        await admin.get(`/api/webhooks/${legacy}/deliveries`),
        webhookDeliveryListSchema,
      );
      expect(old.data.map((d) => d.eventType)).toEqual([
        'conversation_push',
        'conversation_status_updated',
      ]);
      const one = await ok(
        await admin.get(`/api/webhooks/${modern}/deliveries?limit=1`),
        webhookDeliveryListSchema,
      );
      expect(one.data.map((d) => d.id)).toEqual([data[0]?.id]);
    });

    it('answers 403 to another org’s agent, 404 for a missing subscription, 400 for a bad limit', async () => {
      const { admin, modern } = await subscribe();
      const gina = await h.as('gina');
      // An agent is refused before anything is looked up (the log is for admins).
      expect(await errorOf(await gina.get(`/api/webhooks/${modern}/deliveries`))).toMatchObject({
        status: 403,
      });
      for (const [who, path] of [
        [admin, '/api/webhooks/999999/deliveries'],
        [admin, '/api/webhooks/abc/deliveries'],
      ] as const) {
        expect(await errorOf(await who.get(path))).toMatchObject({ status: 404 });
      }
      for (const limit of ['0', '101', 'abc', '-1']) {
        expect(
          await errorOf(await admin.get(`/api/webhooks/${modern}/deliveries?limit=${limit}`)),
        ).toMatchObject({ status: 400, code: 'bad_request' });
      }
    });

    it('lets only admins read the log (agents: 403), and drops it with its subscription', async () => {
      const { admin, modern } = await subscribe();
      const { conversationId } = await h.inbound();
      await admin.send('POST', `/api/conversations/${conversationId}/sync`);
      const alex = await h.as('alex');
      expect(await errorOf(await alex.get(`/api/webhooks/${modern}/deliveries`))).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
      const log = await ok(
        await admin.get(`/api/webhooks/${modern}/deliveries`),
        webhookDeliveryListSchema,
      );
      expect(log.data.slice(0, 2).map((d) => d.eventType)).toEqual([
        'conversation_push',
        'conversation_manual_push',
      ]);
      expect((await admin.send('DELETE', `/api/webhooks/${modern}`)).status).toBe(204);
      expect(await errorOf(await admin.get(`/api/webhooks/${modern}/deliveries`))).toMatchObject({
        status: 404,
      });
    });
  });
}
