// `POST /api/conversations/bulk`.
import { Hono } from 'hono';
import { bulkRequestSchema, type BulkResult } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import { bulkChange } from '../service/bulk';
import { idempotent } from '../service/idempotency';

export function bulkRoutes(svc: Services) {
  return new Hono<AppEnv>().post('/bulk', async (c) => {
    const { idempotencyKey, ...req } = await readJson(c, bulkRequestSchema);
    const caller = c.get('caller');
    const { answer, replayed } = await idempotent(
      svc,
      caller,
      idempotencyKey,
      'POST /api/conversations/bulk',
      (): Promise<BulkResult> => bulkChange(svc, caller, req),
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(answer);
  });
}
