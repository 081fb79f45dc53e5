// The clock rules applied for real: snooze wake-ups, inactivity notices, email auto-resolve; and
// the housekeeping that bounds the database's growth. The host decides when to call it (server/
// on a timer, the mock on an interval); each conversation changes in its own short transaction so
// a tick never holds many locks.
import { DAY_MS, HOUR_MS, dueClockEvents, reduceAll } from '../../domain';
import type { Services } from '../deps';
import type { Store } from '../store';
import { commitChange, commitChanges } from './commit';
import { inTransaction } from './context';
import { drainQueue } from './routing';

export async function tickClock(svc: Services, opts: { limit?: number } = {}): Promise<number> {
  const now = svc.now();
  const candidates = await svc.store.transaction((tx) =>
    tx.listClockCandidates(now, opts.limit ?? 500),
  );
  let applied = 0;
  await keepHouse(svc);
  // The report figures of undoable changes whose window has passed.
  await svc.store.transaction((tx) => tx.releaseHeldMetrics(now));
  for (const candidate of candidates) {
    const changed = await inTransaction(svc, async (tx, feed, at) => {
      const c = await tx.getConversation(candidate.orgId, candidate.id, { forUpdate: true });
      if (!c) return false;
      const settings = await tx.getSettings(c.orgId);
      const events = dueClockEvents(c, at, settings);
      if (events.length === 0) return false;
      const outcome = reduceAll(c, events, at, settings);
      if (!outcome.ok) return false;
      await commitChange(
        tx,
        feed,
        {
          before: c,
          after: outcome.conversation,
          effects: outcome.effects,
          changed: outcome.changed,
        },
        { kind: 'system' },
        at,
      );
      return outcome.changed || outcome.effects.length > 0;
    });
    if (changed) applied += 1;
  }
  return applied + (await drainWaiting(svc));
}

/**
 * The waiting queues' backstop: a conversation a drain skipped (another transaction held it) or
 * one left waiting for any other reason is assigned at the next tick. How many were assigned.
 */
async function drainWaiting(svc: Services): Promise<number> {
  const orgs = await svc.store.transaction((tx) => tx.listOrgsWaiting(100));
  let assigned = 0;
  for (const orgId of orgs) {
    const routed = await inTransaction(svc, (tx, feed, now) =>
      drainQueue(tx, feed, orgId, now, commitChanges),
    );
    assigned += routed.size;
  }
  return assigned;
}

/** How long an event stream can resume from a change; older changes are pruned. */
export const CHANGE_FEED_RETENTION_MS = DAY_MS;
/** How often the clock prunes the feed: one indexed delete. */
export const PRUNE_EVERY_MS = HOUR_MS / 6;
/** How often a store that needs it is compacted even when no prune removed anything. */
export const COMPACT_EVERY_MS = 6 * HOUR_MS;

/** When each store was last pruned and compacted, on the service's clock. */
const housekeeping = new WeakMap<Store, { prunedAt: number; compactedAt: number }>();

/**
 * Prunes the change feed of what no stream can resume from any more and the undo records of
 * changes long final (kept as long, so a late Undo still hears "too late"), and compacts the database
 * (PGlite: VACUUM) after a prune that removed rows and every few hours, so that an idle database
 * stops growing. Due on the service's clock, not on every tick.
 */
export async function keepHouse(svc: Services): Promise<{ pruned: number; compacted: boolean }> {
  const now = svc.now();
  let last = housekeeping.get(svc.store);
  if (!last) housekeeping.set(svc.store, (last = { prunedAt: -Infinity, compactedAt: now }));
  let pruned = 0;
  if (now - last.prunedAt >= PRUNE_EVERY_MS) {
    last.prunedAt = now;
    const before = now - CHANGE_FEED_RETENTION_MS;
    pruned = await svc.store.transaction(
      async (tx) => (await tx.pruneChanges(before)) + (await tx.pruneUndo(before)),
    );
  }
  const { store } = svc;
  if (!store.compact || (pruned === 0 && now - last.compactedAt < COMPACT_EVERY_MS))
    return { pruned, compacted: false };
  last.compactedAt = now;
  await store.compact();
  return { pruned, compacted: true };
}
