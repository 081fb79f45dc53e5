// The body of `GET /api/events`: the org's change feed as server-sent events. It starts after a
// given id, sends what is new, then sleeps until the change hub wakes it or the heartbeat is due;
// each heartbeat also re-reads the feed, which catches changes another process committed.
// A change wakes every stream of the org at once, and they all stand at the same id: they share
// one read of the feed and one encoding of it, so a change costs one query, not one per stream.
import { FEED_RESET_EVENT } from '../../api';
import type { ChangeEvent } from '../store';
import type { Services } from '../deps';
import type { Signal } from '../signal-hub';

const BATCH = 200;

export function formatEvent(event: ChangeEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * Tells a client that resumed from an id the feed no longer holds (pruned after a day, or not of
 * this database) that it missed changes nobody can send it: it reads everything again.
 */
/**
 * A signal as a server-sent event without an `id:`, so it moves no client's resume point: it is
 * not in the feed, and a client that missed it learns the state by reading it again.
 */
export function formatSignal(signal: Signal): string {
  return `event: ${signal.type}\ndata: ${JSON.stringify(signal.data)}\n\n`;
}

export function formatReset(lastEventId: number): string {
  const data = {
    lastEventId,
    message: 'Changes since your last event are no longer kept: read everything again.',
  };
  return `id: ${lastEventId}\nevent: ${FEED_RESET_EVENT}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Where a stream resuming after `lastEventId` starts: right there while the feed still holds
 * everything after it; otherwise after the newest change, with a reset.
 */
export async function resumePoint(
  svc: Services,
  orgId: number,
  lastEventId: number,
): Promise<{ after: number; reset: boolean }> {
  const { latest, prunedThrough } = await svc.store.read((tx) => tx.changeFeedBounds(orgId));
  if (lastEventId >= prunedThrough && lastEventId <= latest)
    return { after: lastEventId, reset: false };
  return { after: latest, reset: true };
}

interface FeedPage {
  /** The id of the last event, or null for an empty page. */
  last: number | null;
  bytes: Uint8Array;
}

interface SharedRead {
  /** When it began, on the `moment` scale. */
  began: number;
  page: Promise<FeedPage>;
}

/**
 * A counter that orders notifications and reads: a read that began after a stream was notified
 * sees the commit that notified it (notifications come after commits), so the stream may take its
 * page. A read that began before may miss that commit: the stream starts a read of its own.
 */
let moment = 0;
const reads = new WeakMap<Services, Map<string, SharedRead>>();

function readFeed(
  svc: Services,
  orgId: number,
  cursor: number,
  notifiedAt: number,
): Promise<FeedPage> {
  let byKey = reads.get(svc);
  if (!byKey) reads.set(svc, (byKey = new Map()));
  const key = `${orgId}:${cursor}`;
  const current = byKey.get(key);
  if (current && current.began > notifiedAt) return current.page;
  const encoder = new TextEncoder();
  const read: SharedRead = {
    began: ++moment,
    page: svc.store
      .transaction((tx) => tx.listChangesSince(orgId, cursor, BATCH))
      .then((events) => ({
        last: events[events.length - 1]?.id ?? null,
        bytes: encoder.encode(events.map(formatEvent).join('')),
      })),
  };
  byKey.set(key, read);
  // Forgotten once settled, so the map holds only reads in flight.
  const forget = () => {
    if (byKey.get(key) === read) byKey.delete(key);
  };
  read.page.then(forget, forget);
  return read.page;
}

export function createEventStream(
  svc: Services,
  orgId: number,
  startAfter: number,
  signal: AbortSignal | undefined,
  opts: { reset?: boolean; agentId?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor = startAfter;
  let closed = false;
  /** The feed may hold something new: read it (at first, and after a wake-up or a heartbeat). */
  let pending = true;
  /** Signals heard since the last send: presence, and this agent's notifications. */
  const signals: string[] = [];
  let wake: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** When this stream last learned that the feed may have grown (`moment` scale). */
  let notifiedAt = ++moment;
  const unsubscribe = svc.changes.subscribe(orgId, () => {
    pending = true;
    notifiedAt = ++moment;
    wake?.();
  });
  const stopSignals = svc.signals.listen((heard) => {
    if (heard.orgId !== orgId) return;
    if (heard.type === 'notifications' && heard.agentId !== opts.agentId) return;
    signals.push(formatSignal(heard));
    wake?.();
  });
  const stop = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    stopSignals();
    clearTimeout(timer);
    wake?.();
  };
  signal?.addEventListener('abort', stop, { once: true });

  /** True when woken by a change (or a stop), false when the heartbeat is due. */
  const sleep = () =>
    new Promise<boolean>((resolve) => {
      if (pending || closed || signals.length > 0) return resolve(true);
      wake = () => {
        wake = null;
        clearTimeout(timer);
        resolve(true);
      };
      timer = setTimeout(() => {
        wake = null;
        resolve(false);
      }, svc.heartbeatMs);
    });

  /** Ends the stream unless the reader already cancelled it (a closed tab), which ends it too. */
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    try {
      controller.close();
    } catch {
      // The reader cancelled the stream first: it is already over.
    }
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (opts.reset) controller.enqueue(encoder.encode(formatReset(cursor)));
      // `ready` carries the starting id, so an EventSource that reconnects before any change
      // still resumes from here rather than from the beginning.
      controller.enqueue(
        encoder.encode(
          `retry: 3000\nid: ${cursor}\nevent: ready\ndata: {"lastEventId":${cursor}}\n\n`,
        ),
      );
    },
    async pull(controller) {
      try {
        while (!closed) {
          if (signals.length > 0) {
            controller.enqueue(encoder.encode(signals.splice(0).join('')));
            return;
          }
          if (pending) {
            pending = false;
            const page = await readFeed(svc, orgId, cursor, notifiedAt);
            if (closed) break;
            if (page.last !== null) {
              controller.enqueue(page.bytes);
              cursor = page.last;
              // A full page may have more behind it.
              pending = true;
              return;
            }
          }
          const woken = await sleep();
          if (closed) break;
          if (!woken) {
            // Another process's commits wake nobody here when a notification was lost.
            pending = true;
            notifiedAt = ++moment;
            controller.enqueue(encoder.encode(': heartbeat\n\n'));
            return;
          }
        }
        finish(controller);
      } catch (error) {
        // The store went away (the host is stopping): end the stream; the client reconnects.
        stop();
        svc.onError(error);
        finish(controller);
      }
    },
    cancel() {
      stop();
    },
  });
}

/**
 * The org's newest change id, when the store can tell it in one read (outside a transaction: the
 * feed's ids become visible in order, so this is the last committed change); null otherwise.
 */
export async function latestChangeIdIfKnown(svc: Services, orgId: number): Promise<number | null> {
  return svc.store.read(async (tx) => (tx.latestChangeId ? tx.latestChangeId(orgId) : null));
}

/** Where a fresh stream starts: after the newest change, so it sends only what happens next. */
export async function latestChangeId(svc: Services, orgId: number): Promise<number> {
  const known = await latestChangeIdIfKnown(svc, orgId);
  if (known !== null) return known;
  return svc.store.transaction(async (tx) => {
    let last = 0;
    for (;;) {
      const page = await tx.listChangesSince(orgId, last, 1000);
      const tail = page[page.length - 1];
      if (!tail) return last;
      last = tail.id;
    }
  });
}
