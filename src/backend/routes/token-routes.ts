// `/api/tokens`: API tokens of the caller's org (admins, signed in as themselves).
import { Hono } from 'hono';
import { createTokenSchema } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readJson } from '../http/parse';
import { createApiToken, listApiTokens, revokeApiToken } from '../service/api-tokens';

export function tokenRoutes(svc: Services) {
  const admin = requireAdmin('manage API tokens');
  return new Hono<AppEnv>()
    .get('/tokens', admin, async (c) => c.json({ data: await listApiTokens(svc, c.get('caller')) }))
    .post('/tokens', admin, async (c) => {
      const req = await readJson(c, createTokenSchema);
      return c.json(await createApiToken(svc, c.get('caller'), req), 201);
    })
    .delete('/tokens/:id', admin, async (c) => {
      await revokeApiToken(svc, c.get('caller'), parseId(c.req.param('id'), 'API token'));
      return c.body(null, 204);
    });
}
