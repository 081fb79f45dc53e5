// `Authorization: Bearer <API token>` on the session routes (SPEC 7.7): 401 for an unknown or
// revoked token, 429 past its own rate limit, 403 for a route outside its scopes or one that only
// a person may use. The scope a route needs is its row of API_ROUTES.
import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { findApiRoute } from '../../api/api-routes';
import { forbidden, unauthorized } from '../app-error';
import type { Services } from '../deps';
import { resolveApiToken } from '../service/api-tokens';
import type { Caller } from '../service/context';
import type { AppEnv } from './env';
import { createRateLimiter, RateLimitedError, rateLimitHeaders, tryAgainIn } from './rate-limit';

export const bearerToken = (c: Context): string | null =>
  /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;

/** The pattern of the route that will answer (`/api/conversations/:id`), or null for none. */
export function answeringRoute(c: Context): { method: string; path: string } | null {
  const handlers = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  const last = handlers[handlers.length - 1];
  return last ? { method: last.method, path: last.path } : null;
}

export function bearerAuth(svc: Services) {
  const limiter = createRateLimiter({ limit: svc.http.apiTokenPerMinute, windowMs: 60_000 });
  return async (c: Context<AppEnv>, token: string | null): Promise<Caller> => {
    const found = token ? await resolveApiToken(svc, token) : { kind: 'unknown' as const };
    if (found.kind === 'revoked') throw unauthorized('This API token was revoked.');
    if (found.kind === 'unknown') throw unauthorized('Unknown API token.');
    const standing = limiter.hit(String(found.tokenId), svc.now());
    if (standing.exhausted) {
      throw new RateLimitedError(
        `Too many requests with this API token. Try again ${tryAgainIn(standing.resetMs)}.`,
        standing.resetMs,
        standing,
      );
    }
    for (const [name, value] of Object.entries(rateLimitHeaders(standing))) c.header(name, value);
    const route = answeringRoute(c);
    // No such route: the 404 follows.
    if (route === null) return found.caller;
    const entry = findApiRoute(route.method, route.path);
    if (entry === undefined || entry.access === 'session')
      throw forbidden('This route is for people signed in, not for API tokens.');
    const scopes = found.caller.apiToken?.scopes ?? [];
    if (entry.access !== 'public' && !scopes.includes(entry.access))
      throw forbidden(`This API token does not have the "${entry.access}" scope.`);
    return found.caller;
  };
}
