// `POST /api/inbound`: a contact's message, authorised by the inbox's bearer token.
import { Hono } from 'hono';
import { inboundSchema } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import { receiveInbound } from '../service/inbound';

export function inboundRoutes(svc: Services) {
  return new Hono<AppEnv>().post('/inbound', async (c) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const req = await readJson(c, inboundSchema);
    return c.json(await receiveInbound(svc, match?.[1] ?? null, req), 201);
  });
}
