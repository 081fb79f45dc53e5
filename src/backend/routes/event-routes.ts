// `GET /api/events`: server-sent events of every change in the caller's org, resumable with the
// `Last-Event-ID` header (what EventSource sends on reconnect) or `?lastEventId=`; from an id the
// feed no longer holds, the stream starts now with a `reset` event (read everything again). An
// agent holds at most `PARLEY_STREAMS_PER_AGENT` streams at once (a tab each): each one is a held
// connection.
import { Hono } from 'hono';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { createEventStream, latestChangeId, resumePoint } from '../http/event-stream';
import { RateLimitedError, rateLimitHeaders } from '../http/rate-limit';

/** When a refused stream may try again: about when a closed tab's stream has ended. */
const RETRY_MS = 5_000;

export function eventRoutes(svc: Services) {
  const max = svc.http.streamsPerAgent;
  const open = new Map<number, number>();
  return new Hono<AppEnv>().get('/events', async (c) => {
    const { orgId, agent } = c.get('caller');
    const raw = c.req.header('last-event-id') ?? c.req.query('lastEventId');
    if (raw !== undefined && !/^\d{1,15}$/.test(raw.trim()))
      throw badRequest('Last-Event-ID must be an event id.');
    const held = open.get(agent.id) ?? 0;
    const limit = { limit: max, remaining: max - held - 1, resetMs: RETRY_MS, exhausted: false };
    if (held >= max) {
      throw new RateLimitedError(
        `At most ${max} live-update streams at once: close another tab.`,
        RETRY_MS,
        { ...limit, remaining: 0, exhausted: true },
      );
    }
    // Counted before any await, so two requests at once cannot both take the last place.
    open.set(agent.id, held + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (open.get(agent.id) ?? 1) - 1;
      if (left > 0) open.set(agent.id, left);
      else open.delete(agent.id);
    };
    let after: number;
    let reset = false;
    try {
      const start = raw !== undefined ? await resumePoint(svc, orgId, Number(raw.trim())) : null;
      after = start?.after ?? (await latestChangeId(svc, orgId));
      reset = start?.reset ?? false;
    } catch (error) {
      release();
      throw error;
    }
    const signal = c.req.raw.signal;
    signal.addEventListener('abort', release, { once: true });
    const stream = whenEnded(
      createEventStream(svc, orgId, after, signal, { reset, agentId: agent.id }),
      release,
    );
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        // Proxies such as nginx would otherwise buffer the stream.
        'X-Accel-Buffering': 'no',
        ...rateLimitHeaders(limit),
      },
    });
  });
}

/** The same stream, calling `end` once it is over: finished, failed or cancelled by the reader. */
function whenEnded(stream: ReadableStream<Uint8Array>, end: () => void) {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        end();
        controller.close();
      } catch (error) {
        end();
        controller.error(error);
      }
    },
    cancel(reason) {
      end();
      return reader.cancel(reason);
    },
  });
}
