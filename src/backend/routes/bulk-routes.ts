// `POST /api/conversations/bulk`.
import { Hono } from 'hono';
import { bulkRequestSchema, type BulkResult } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import { bulkChange } from '../service/bulk';

export function bulkRoutes(svc: Services) {
  return new Hono<AppEnv>().post('/bulk', async (c) => {
    const req = await readJson(c, bulkRequestSchema);
    const body: BulkResult = await bulkChange(svc, c.get('caller'), req);
    return c.json(body);
  });
}
