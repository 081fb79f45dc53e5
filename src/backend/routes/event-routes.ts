// `GET /api/events`: server-sent events of every change in the caller's org, resumable with the
// `Last-Event-ID` header (what EventSource sends on reconnect) or `?lastEventId=`.
import { Hono } from 'hono';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { createEventStream, latestChangeId } from '../http/event-stream';

export function eventRoutes(svc: Services) {
  return new Hono<AppEnv>().get('/events', async (c) => {
    const { orgId } = c.get('caller');
    const raw = c.req.header('last-event-id') ?? c.req.query('lastEventId');
    if (raw !== undefined && !/^\d{1,15}$/.test(raw.trim()))
      throw badRequest('Last-Event-ID must be an event id.');
    const start = raw !== undefined ? Number(raw.trim()) : await latestChangeId(svc, orgId);
    return new Response(createEventStream(svc, orgId, start, c.req.raw.signal), {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        // Proxies such as nginx would otherwise buffer the stream.
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
