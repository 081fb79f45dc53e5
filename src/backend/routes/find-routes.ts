// Finding conversations: the org's tags and saved views (SPEC 7.3).
import { Hono } from 'hono';
import { createViewSchema, patchViewSchema } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { parseId, readJson } from '../http/parse';
import { createView, deleteView, listTags, listViews, patchView } from '../service/find';

export function findRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .get('/tags', async (c) => c.json({ data: await listTags(svc, c.get('caller')) }))
    .get('/views', async (c) => c.json(await listViews(svc, c.get('caller'))))
    .post('/views', async (c) => {
      const req = await readJson(c, createViewSchema);
      return c.json(await createView(svc, c.get('caller'), req), 201);
    })
    .patch('/views/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const patch = await readJson(c, patchViewSchema);
      return c.json(await patchView(svc, c.get('caller'), id, patch));
    })
    .delete('/views/:id', async (c) => {
      await deleteView(svc, c.get('caller'), parseId(c.req.param('id')));
      return c.body(null, 204);
    });
}
