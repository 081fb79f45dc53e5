// Playbooks (SPEC 7.1): `POST /api/playbooks/send` (a session) and `POST /api/inbound/close` (the
// inbox's bearer token, like `POST /api/inbound`: checked before the body).
import { Hono } from 'hono';
import { inboundCloseSchema, playbookSendSchema } from '../../api';
import { unauthorized } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import { botClose, sendPlaybook } from '../service/playbooks';

export function playbookRoutes(svc: Services) {
  return new Hono<AppEnv>()
    .post('/playbooks/send', async (c) => {
      const req = await readJson(c, playbookSendSchema);
      return c.json(await sendPlaybook(svc, c.get('caller'), req), 201);
    })
    .post('/inbound/close', async (c) => {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
      const inbox = token ? await svc.store.read((tx) => tx.findInboxByToken(token)) : null;
      if (!token || !inbox)
        throw unauthorized('Send the inbox token as `Authorization: Bearer <token>`');
      const req = await readJson(c, inboundCloseSchema);
      return c.json(await botClose(svc, token, req));
    });
}
