// `/api/webhooks`: subscriptions of the caller's org and each one's delivery log (admins).
import { Hono } from 'hono';
import { createWebhookSchema, deliveryQuerySchema, patchWebhookSchema } from '../../api';
import type { Services } from '../deps';
import type { AppContext, AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readJson, readQuery } from '../http/parse';
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  patchWebhook,
} from '../service/webhooks';
import { pingWebhook, redeliver, rotateWebhookSecret } from '../service/webhook-admin';

/** The names this request reached us by, so a subscription cannot point back at them. */
function requestHosts(c: AppContext): string[] {
  const forwarded = c.req.header('x-forwarded-host')?.split(',') ?? [];
  return [new URL(c.req.url).host, c.req.header('host') ?? '', ...forwarded]
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

export function webhookRoutes(svc: Services) {
  return (
    new Hono<AppEnv>()
      .get('/webhooks', async (c) => c.json({ data: await listWebhooks(svc, c.get('caller')) }))
      .post('/webhooks', requireAdmin('manage webhooks'), async (c) => {
        const req = await readJson(c, createWebhookSchema);
        return c.json(await createWebhook(svc, c.get('caller'), req, requestHosts(c)), 201);
      })
      .patch('/webhooks/:id', requireAdmin('manage webhooks'), async (c) => {
        const id = parseId(c.req.param('id'), 'Webhook');
        const patch = await readJson(c, patchWebhookSchema);
        return c.json(await patchWebhook(svc, c.get('caller'), id, patch, requestHosts(c)));
      })
      // The new secret is shown this once; the previous one keeps signing for a day.
      .post('/webhooks/:id/secret', requireAdmin('manage webhooks'), async (c) => {
        const id = parseId(c.req.param('id'), 'Webhook');
        return c.json(await rotateWebhookSecret(svc, c.get('caller'), id));
      })
      .post('/webhooks/:id/ping', requireAdmin('manage webhooks'), async (c) => {
        const id = parseId(c.req.param('id'), 'Webhook');
        return c.json(await pingWebhook(svc, c.get('caller'), id), 202);
      })
      .post(
        '/webhooks/:id/deliveries/:deliveryId/redeliver',
        requireAdmin('manage webhooks'),
        async (c) => {
          const id = parseId(c.req.param('id'), 'Webhook');
          const key = c.req.param('deliveryId');
          return c.json(await redeliver(svc, c.get('caller'), id, key), 202);
        },
      )
      .delete('/webhooks/:id', requireAdmin('manage webhooks'), async (c) => {
        await deleteWebhook(svc, c.get('caller'), parseId(c.req.param('id'), 'Webhook'));
        return c.body(null, 204);
      })
      // The log tells how an endpoint answers, which is for the admins who chose it.
      .get('/webhooks/:id/deliveries', requireAdmin('read the delivery log'), async (c) => {
        const id = parseId(c.req.param('id'), 'Webhook');
        const { limit } = readQuery(c, deliveryQuerySchema);
        return c.json({ data: await listDeliveries(svc, c.get('caller'), id, limit) });
      })
  );
}
