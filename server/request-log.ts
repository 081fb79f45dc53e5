// One JSON line per request (pino): its id (the caller's `X-Request-Id` when it is a plain token,
// else a new UUID, echoed in the answer), method, route pattern, status, milliseconds and org.
// Never a body, a cookie, a header's value or the query string, which can hold tokens and
// customers' words. `LOG_LEVEL` sets the level (`info` by default; `warn` keeps only 5xx).
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { RequestNotes } from '../src/backend/http/request-notes';

export interface RequestLogOptions {
  level?: string | undefined;
  /** Where lines go: stdout unless a test collects them. */
  destination?: DestinationStream | undefined;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function createRequestLogger(o: RequestLogOptions = {}): Logger {
  const level = o.level?.trim().toLowerCase() || 'info';
  if (!LEVELS.includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${o.level}".`);
  return pino({ level, base: null, messageKey: 'msg' }, o.destination);
}

/** The notes object the API fills in, kept per request for the log line. */
export type HostEnv = { Variables: { notes: RequestNotes } };

export function requestLog(logger: Logger): MiddlewareHandler<HostEnv> {
  return async (c, next) => {
    const start = performance.now();
    const given = c.req.header('x-request-id');
    const id = given !== undefined && /^[\w.:-]{1,100}$/.test(given) ? given : crypto.randomUUID();
    const notes: RequestNotes = {};
    c.set('notes', notes);
    await next();
    c.header('X-Request-Id', id);
    const status = c.res.status;
    const own = matchedRoutes(c).filter((r) => r.method !== 'ALL');
    const line = {
      reqId: id,
      method: c.req.method,
      // A path no route knows is named by its area only: the path itself may carry anything.
      route:
        notes.route ??
        own[own.length - 1]?.path ??
        (c.req.path.startsWith('/api/') ? '/api/*' : 'static'),
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(notes.orgId !== undefined ? { orgId: notes.orgId } : {}),
    };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
}
