// `POST /api/inbound`: a contact's message, authorised by the inbox's bearer token. The token is
// checked before the body (a schema error must not answer a caller without a token), then the
// rate limit per inbox and client address.
import { Hono } from 'hono';
import { INBOUND_MAX_BYTES, inboundSchema } from '../../api';
import { unauthorized } from '../app-error';
import type { Services } from '../deps';
import { clientAddress } from '../http/client';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import {
  createRateLimiter,
  RateLimitedError,
  rateLimitHeaders,
  tryAgainIn,
} from '../http/rate-limit';
import { receiveInbound } from '../service/inbound';

export function inboundRoutes(svc: Services) {
  const limiter = createRateLimiter({ limit: svc.http.inboundPerMinute, windowMs: 60_000 });
  return new Hono<AppEnv>().post('/inbound', async (c) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
    const inbox = token ? await svc.store.read((tx) => tx.findInboxByToken(token)) : null;
    if (!token || !inbox)
      throw unauthorized('Send the inbox token as `Authorization: Bearer <token>`');
    const standing = limiter.hit(`${inbox.id} ${clientAddress(c, svc.http)}`, svc.now());
    if (standing.exhausted) {
      const wait = standing.resetMs;
      throw new RateLimitedError(
        `Too many messages. Try again ${tryAgainIn(wait)}.`,
        wait,
        standing,
      );
    }
    for (const [name, value] of Object.entries(rateLimitHeaders(standing))) c.header(name, value);
    const req = await readJson(c, inboundSchema, INBOUND_MAX_BYTES);
    return c.json(await receiveInbound(svc, token, req), 201);
  });
}
