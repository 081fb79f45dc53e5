// The clock rules applied for real: snooze wake-ups, inactivity notices, email auto-resolve. The
// host decides when to call it (server/ on a timer, the mock on an interval); each conversation
// changes in its own short transaction so a tick never holds many locks.
import { dueClockEvents, reduceAll } from '../../domain';
import type { Services } from '../deps';
import { commitChange } from './commit';
import { inTransaction } from './context';

export async function tickClock(svc: Services, opts: { limit?: number } = {}): Promise<number> {
  const now = svc.now();
  const candidates = await svc.store.transaction((tx) =>
    tx.listClockCandidates(now, opts.limit ?? 500),
  );
  let applied = 0;
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
  return applied;
}
