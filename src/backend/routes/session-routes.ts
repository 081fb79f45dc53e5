// `GET/POST/DELETE /api/session`, `GET /api/me`.
import { Hono } from 'hono';
import { patchMeSchema, signInSchema } from '../../api';
import { unauthorized } from '../app-error';
import type { Services } from '../deps';
import { clientAddress } from '../http/client';
import type { AppEnv } from '../http/env';
import { errorJson } from '../http/middleware';
import { readJson } from '../http/parse';
import { rateLimitHeaders } from '../http/rate-limit';
import { markUnavailable, setAvailable } from '../service/agents';
import { resolveSession, signIn, signOut, signOutEverywhere, toAgent } from '../service/auth';
import { leaveEverywhere } from '../service/presence';
import type { LoginLimiter } from '../service/login-limiter';

export function sessionRoutes(svc: Services, limiter: LoginLimiter) {
  return (
    new Hono<AppEnv>()
      .post('/session', async (c) => {
        const credentials = await readJson(c, signInSchema);
        const result = await signIn(svc, limiter, credentials, clientAddress(c, svc.http));
        for (const [name, value] of Object.entries(rateLimitHeaders(result.limit)))
          c.header(name, value);
        if (!result.ok) return errorJson(c, unauthorized(result.message));
        // A fresh token on every sign-in, and the one it replaces is ended (no session fixation).
        const previous = svc.session.read(c);
        if (previous) await signOut(svc, previous);
        svc.session.write(c, result.session);
        return c.json({ agent: toAgent(result.agent) });
      })
      // Who is signed in, or `{ agent: null }`: the app's first question, answered 200 either way
      // because a signed-out start is not an error (a 401 is one in every browser's console).
      .get('/session', async (c) => {
        const token = svc.session.read(c);
        const caller = token ? await resolveSession(svc, token) : null;
        if (!caller && token) svc.session.clear(c);
        return c.json({ agent: caller ? toAgent(caller.agent) : null });
      })
      .delete('/session', async (c) => {
        const token = svc.session.read(c);
        // Signed out, no longer receiving conversations (SPEC 7.1).
        const caller = token ? await resolveSession(svc, token) : null;
        if (caller) {
          await markUnavailable(svc, caller.orgId, caller.agent.id);
          leaveEverywhere(svc, caller);
        }
        await signOut(svc, token);
        svc.session.clear(c);
        return c.body(null, 204);
      })
      // Every session of the caller: other browsers and devices are signed out at their next request.
      .delete('/sessions', async (c) => {
        const caller = c.get('caller');
        await markUnavailable(svc, caller.orgId, caller.agent.id);
        leaveEverywhere(svc, caller);
        await signOutEverywhere(svc, caller);
        svc.session.clear(c);
        return c.body(null, 204);
      })
      .get('/me', (c) => c.json({ agent: toAgent(c.get('caller').agent) }))
      .patch('/me', async (c) => {
        const { available } = await readJson(c, patchMeSchema);
        return c.json({ agent: await setAvailable(svc, c.get('caller'), available) });
      })
  );
}
