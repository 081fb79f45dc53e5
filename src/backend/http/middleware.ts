// Cross-cutting request handling, written once: errors, CSRF defence, the session, the body cap.
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { codeForStatus, type ErrorBody } from '../../api';
import { AppError, badRequest, forbidden, unauthorized } from '../app-error';
import type { Services } from '../deps';
import { resolveSession } from '../service/auth';
import type { AppEnv } from './env';
import { bearerAuth, bearerToken } from './bearer';
import { ownOrigin } from './client';
import { isUpload } from './body-caps';
import { isJson } from './parse';
import { RateLimitedError } from './rate-limit';
import type { HttpSettings } from './settings';

export function errorJson(c: Context, error: AppError): Response {
  if (error instanceof RateLimitedError)
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.failed ? { failed: error.details.failed } : {}),
    },
    ...(error.details.current ? { current: error.details.current } : {}),
  };
  return c.json(body, error.status as ContentfulStatusCode);
}

export function errorHandler(svc: Services): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof AppError) return errorJson(c, error);
    if (error instanceof HTTPException) {
      return errorJson(
        c,
        new AppError(codeForStatus(error.status), error.message || 'Request refused'),
      );
    }
    svc.onError(error);
    return errorJson(c, new AppError('internal', 'Something went wrong on our side.'));
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Reached without a session: who is signed in, signing in, signing out, contacts' messages (bearer token), and the
 * API's description.
 */
const PUBLIC = new Set([
  'GET /api/session',
  'POST /api/session',
  'DELETE /api/session',
  'POST /api/inbound',
  'POST /api/inbound/close',
  'GET /api/openapi.json',
]);

/** A bearer token is not cookie-bound, and a page cannot attach one to another origin's request. */
const isMultipart = (type: string | undefined) =>
  type?.split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';

const isBearer = (c: Context) => /^Bearer\s+\S/i.test(c.req.header('authorization') ?? '');

/**
 * Whether a browser sent this from the app's own pages. Browsers set `Sec-Fetch-Site` and `Origin`
 * themselves (scripts cannot), so `same-origin` passes, and an `Origin` passes when it is the
 * app's own or one the operator trusts (`PARLEY_TRUSTED_ORIGINS`); a request with neither header
 * is not from a browser, and cannot carry a victim's cookie.
 */
function fromOwnOrigin(c: Context, settings: HttpSettings): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site === 'same-origin') return true;
  const origin = c.req.header('origin');
  if (origin !== undefined)
    return origin === ownOrigin(c, settings) || settings.trustedOrigins.includes(origin);
  return site === undefined || site === 'none';
}

/**
 * Every state-changing request, body or not, must come from the app's own origin (another site,
 * or another port of this host: 403), unless a bearer token authorises it. A cross-site form can
 * only send a "simple" body (form or text/plain), so JSON is required on every body too.
 */
export function csrfGuard(settings: HttpSettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!isBearer(c) && !fromOwnOrigin(c, settings))
      throw forbidden('Requests from another site or origin are refused.');
    const type = c.req.header('content-type');
    const hasBody =
      type !== undefined ||
      Number(c.req.header('content-length') ?? '0') > 0 ||
      c.req.header('transfer-encoding') !== undefined;
    // The upload is the one multipart body; the origin check above guards it like any other.
    if (hasBody && !isJson(type) && !(isUpload(c.req.method, c.req.path) && isMultipart(type))) {
      throw badRequest('Send the body as JSON with `Content-Type: application/json`.');
    }
    return next();
  };
}

export { bodyCap } from './body-caps';

export function sessionGuard(svc: Services): MiddlewareHandler<AppEnv> {
  const bearer = bearerAuth(svc);
  return async (c, next) => {
    if (PUBLIC.has(`${c.req.method} ${c.req.path}`)) return next();
    // An API token stands in for the session (SPEC 7.7), within its scopes.
    if (isBearer(c)) {
      c.set('caller', await bearer(c, bearerToken(c)));
      return next();
    }
    const token = svc.session.read(c);
    const caller = token ? await resolveSession(svc, token) : null;
    if (!caller) {
      if (token) svc.session.clear(c);
      throw unauthorized();
    }
    c.set('caller', caller);
    return next();
  };
}

export const requireAdmin =
  (what: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (c.get('caller').agent.role !== 'admin') throw forbidden(`Only admins can ${what}.`);
    return next();
  };
