// What a sync reads besides conversations: `/api/contacts`; and inbox token rotation (admins).
import { Hono } from 'hono';
import { contactListQuerySchema } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readQuery } from '../http/parse';
import { getContact, listContacts, rotateInboxToken } from '../service/contacts';

export function syncRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .get('/contacts', async (c) =>
      c.json(await listContacts(svc, c.get('caller'), readQuery(c, contactListQuerySchema))),
    )
    .get('/contacts/:id', async (c) =>
      c.json(await getContact(svc, c.get('caller'), parseId(c.req.param('id'), 'Contact'))),
    )
    .post('/inboxes/:id/token', requireAdmin('rotate inbox tokens'), async (c) =>
      c.json(await rotateInboxToken(svc, c.get('caller'), parseId(c.req.param('id'), 'Inbox'))),
    );
}
