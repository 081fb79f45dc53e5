// The org: settings, agents and teams, inboxes, reports (webhooks: webhook-routes.ts).
import { Hono } from 'hono';
import {
  patchAgentSchema,
  patchSettingsSchema,
  reportQuerySchema,
  reportSeriesQuerySchema,
} from '../../api';
import { DAY_MS } from '../../domain';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readJson, readQuery } from '../http/parse';
import { updateAgent } from '../service/agents';
import { directory, getSettings, listInboxes, updateSettings } from '../service/org';
import { reportSeries, reportSummary } from '../service/reports';

const MAX_REPORT_RANGE_MS = 400 * DAY_MS;

export function orgRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .get('/org/settings', async (c) => c.json(await getSettings(svc, c.get('caller'))))
    .patch('/org/settings', requireAdmin('change settings'), async (c) => {
      const patch = await readJson(c, patchSettingsSchema);
      return c.json(await updateSettings(svc, c.get('caller'), patch));
    })
    .get('/agents', async (c) => c.json(await directory(svc, c.get('caller'))))
    .patch('/agents/:id', requireAdmin('change agents'), async (c) => {
      const id = parseId(c.req.param('id'), 'Agent');
      const req = await readJson(c, patchAgentSchema);
      return c.json({ agent: await updateAgent(svc, c.get('caller'), id, req) });
    })
    .get('/inboxes', async (c) => c.json({ data: await listInboxes(svc, c.get('caller')) }))
    .get('/reports/summary', async (c) => {
      const q = readQuery(c, reportQuerySchema);
      const to = q.to ?? svc.now() + 1;
      const from = q.from ?? to - 30 * DAY_MS;
      if (from >= to) throw badRequest('`from` must be before `to`.');
      if (to - from > MAX_REPORT_RANGE_MS) throw badRequest('A report covers at most 400 days.');
      return c.json(await reportSummary(svc, c.get('caller'), { from, to }));
    })
    .get('/reports/series', async (c) => {
      const q = readQuery(c, reportSeriesQuerySchema);
      return c.json({ data: await reportSeries(svc, c.get('caller'), q) });
    });
}
