// The org: settings, agents and teams, inboxes, webhooks, reports.
import { Hono } from 'hono';
import { createWebhookSchema, patchSettingsSchema, reportQuerySchema } from '../../api';
import { DAY_MS } from '../../domain';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readJson, readQuery } from '../http/parse';
import { directory, getSettings, listInboxes, updateSettings } from '../service/org';
import { reportSummary } from '../service/reports';
import { createWebhook, deleteWebhook, listWebhooks } from '../service/webhooks';

const MAX_REPORT_RANGE_MS = 400 * DAY_MS;

export function orgRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .get('/org/settings', async (c) => c.json(await getSettings(svc, c.get('caller'))))
    .patch('/org/settings', requireAdmin('change settings'), async (c) => {
      const patch = await readJson(c, patchSettingsSchema);
      return c.json(await updateSettings(svc, c.get('caller'), patch));
    })
    .get('/agents', async (c) => c.json(await directory(svc, c.get('caller'))))
    .get('/inboxes', async (c) => c.json({ data: await listInboxes(svc, c.get('caller')) }))
    .get('/webhooks', async (c) => c.json({ data: await listWebhooks(svc, c.get('caller')) }))
    .post('/webhooks', requireAdmin('manage webhooks'), async (c) => {
      const req = await readJson(c, createWebhookSchema);
      return c.json(await createWebhook(svc, c.get('caller'), req), 201);
    })
    .delete('/webhooks/:id', requireAdmin('manage webhooks'), async (c) => {
      await deleteWebhook(svc, c.get('caller'), parseId(c.req.param('id'), 'Webhook'));
      return c.body(null, 204);
    })
    .get('/reports/summary', async (c) => {
      const q = readQuery(c, reportQuerySchema);
      const to = q.to ?? svc.now() + 1;
      const from = q.from ?? to - 30 * DAY_MS;
      if (from >= to) throw badRequest('`from` must be before `to`.');
      if (to - from > MAX_REPORT_RANGE_MS) throw badRequest('A report covers at most 400 days.');
      return c.json(await reportSummary(svc, c.get('caller'), { from, to }));
    });
}
