// Streams of one org share their reads of the feed; a stream woken by a commit must never take the
// page of a read that began before that commit (it would miss the change until the heartbeat).
import { describe, expect, it } from 'vitest';
import { createChangeHub } from '../change-hub';
import { createSignalHub } from '../signal-hub';
import type { Services } from '../deps';
import type { ChangeEvent, StoreTx } from '../store';
import { createEventStream } from './event-stream';

/** A feed whose reads see what was committed when they began, and wait while the gate is shut. */
function slowFeed() {
  const feed: ChangeEvent[] = [];
  let gate: Promise<void> = Promise.resolve();
  let open = () => undefined as void;
  let reads = 0;
  const store = {
    async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
      reads += 1;
      const snapshot = [...feed];
      await gate;
      const tx = {
        listChangesSince: async (_orgId: number, after: number, limit: number) =>
          snapshot.filter((e) => e.id > after).slice(0, limit),
      };
      return fn(tx as unknown as StoreTx);
    },
  };
  return {
    feed,
    store,
    reads: () => reads,
    shut() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    open: () => open(),
  };
}

const change = (id: number): ChangeEvent => ({
  id,
  orgId: 1,
  type: 'counts.changed',
  conversationId: null,
  data: {},
  createdAt: 0,
});

/** The next chunk as text, or 'nothing' if none comes while the test waits (heartbeat: 1 min). */
async function next(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const chunk = await Promise.race([
    reader.read(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
  ]);
  return chunk === null || chunk.done ? 'nothing' : new TextDecoder().decode(chunk.value);
}

describe('event stream reads', () => {
  it('wakes a stream with a change committed while another stream was already reading', async () => {
    const f = slowFeed();
    const changes = createChangeHub();
    const errors: unknown[] = [];
    const svc = {
      store: f.store,
      changes,
      signals: createSignalHub(),
      heartbeatMs: 60_000,
      onError: (error: unknown) => errors.push(error),
    } as unknown as Services;
    const stop = new AbortController();
    const sleeper = createEventStream(svc, 1, 0, stop.signal).getReader();
    expect(await next(sleeper)).toContain('event: ready');
    // Its first read finds nothing, so it sleeps until the hub wakes it.
    const sleeperNext = next(sleeper);
    await new Promise((resolve) => setTimeout(resolve, 20));

    f.shut();
    const reader = createEventStream(svc, 1, 0, stop.signal).getReader();
    expect(await next(reader)).toContain('event: ready');
    const readerNext = next(reader);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const readsBefore = f.reads();

    // A commit lands while that read is in flight, then the hub wakes every stream.
    f.feed.push(change(1));
    changes.notify(1);
    f.open();
    expect(await sleeperNext).toContain('id: 1\n');
    expect(await readerNext).toContain('id: 1\n');
    expect(f.reads()).toBeGreaterThan(readsBefore);
    expect(errors).toEqual([]);
    stop.abort();
  });

  it('gives streams at the same place one read and the same page', async () => {
    const f = slowFeed();
    const changes = createChangeHub();
    const svc = {
      store: f.store,
      changes,
      signals: createSignalHub(),
      heartbeatMs: 60_000,
    } as unknown as Services;
    const stop = new AbortController();
    const readers = Array.from({ length: 10 }, () =>
      createEventStream(svc, 1, 0, stop.signal).getReader(),
    );
    for (const r of readers) expect(await next(r)).toContain('event: ready');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = f.reads();
    f.feed.push(change(1), change(2));
    changes.notify(1);
    const pages = await Promise.all(readers.map((r) => next(r)));
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain('id: 2\n');
    // A read for the page, then one looking for more, each shared: one per stream would be 20.
    expect(f.reads() - before).toBeLessThanOrEqual(4);
    stop.abort();
  });
});
