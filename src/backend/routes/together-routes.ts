// Working together (SPEC 7.5): presence in a conversation, and the caller's notifications.
import { Hono } from 'hono';
import { presenceRequestSchema, readNotificationsSchema } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { parseId, readJson } from '../http/parse';
import { listNotifications, readNotifications } from '../service/notifications';
import { reportPresence } from '../service/presence';

export function togetherRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .post('/conversations/:id/presence', async (c) => {
      const id = parseId(c.req.param('id'));
      const { state } = await readJson(c, presenceRequestSchema);
      await reportPresence(svc, c.get('caller'), id, state);
      return c.body(null, 204);
    })
    .delete('/conversations/:id/presence', async (c) => {
      await reportPresence(svc, c.get('caller'), parseId(c.req.param('id')), 'left');
      return c.body(null, 204);
    })
    .get('/notifications', async (c) => c.json(await listNotifications(svc, c.get('caller'))))
    .post('/notifications/read', async (c) => {
      const body = await readJson(c, readNotificationsSchema);
      return c.json(await readNotifications(svc, c.get('caller'), body));
    });
}
