// `GET /api/events`: server-sent events of every change in the caller's org, resumable with the
// `Last-Event-ID` header (what EventSource sends on reconnect) or `?lastEventId=`; from an id the
// feed no longer holds, the stream starts now with a `reset` event (read everything again).
import { Hono } from 'hono';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { createEventStream, latestChangeId, resumePoint } from '../http/event-stream';

export function eventRoutes(svc: Services) {
  return new Hono<AppEnv>().get('/events', async (c) => {
    const { orgId } = c.get('caller');
    const raw = c.req.header('last-event-id') ?? c.req.query('lastEventId');
    if (raw !== undefined && !/^\d{1,15}$/.test(raw.trim()))
      throw badRequest('Last-Event-ID must be an event id.');
    const start = raw !== undefined ? await resumePoint(svc, orgId, Number(raw.trim())) : null;
    const after = start?.after ?? (await latestChangeId(svc, orgId));
    const reset = start?.reset ?? false;
    return new Response(createEventStream(svc, orgId, after, c.req.raw.signal, { reset }), {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        // Proxies such as nginx would otherwise buffer the stream.
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
