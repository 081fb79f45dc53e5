// `POST /api/conversations/bulk`: 1 to 25 conversations, all changed or none (SPEC section 2); with
// `versions` or `seen`, none either when one of them changed since the client saw it (409).
import type { BulkRequest, BulkResult } from '../../api';
import { bulkCommand, bulkEvent, checkBulkIds, isUndoable, reduceBulk } from '../../domain';
import { AppError, rejected } from '../app-error';
import type { Services } from '../deps';
import { checkBulkConflicts } from './bulk-conflicts';
import { commitChanges } from './commit';
import { actorOf, inTransaction, type Caller } from './context';
import { commitUndoable } from './undo';

export function bulkChange(svc: Services, caller: Caller, req: BulkRequest): Promise<BulkResult> {
  const check = checkBulkIds(req.ids);
  if (!check.ok) return Promise.reject(rejected(check.reason));
  // Optimistic where the store offers it (Store.optimistic): the rows read unlocked, written all or
  // nothing in one statement that checks each one's version, and read again if one changed. Not
  // a change that may open conversations: an open one without an assignee asks for routing,
  // which needs the transaction (a first try without it would only read twice).
  const mayOpen = req.action === 'open' || req.action === 'restore';
  return inTransaction(
    svc,
    async (tx, feed, now) => {
      // In a transaction, locked in id order (the store's promise), so two bulk requests cannot
      // deadlock each other; optimistic, read unlocked.
      const found = await tx.getConversations(caller.orgId, check.ids, { forUpdate: true });
      const missing = check.ids.filter((id) => !found.some((c) => c.id === id));
      if (missing.length > 0) {
        const failed = missing.map((id) => ({ id, reason: 'Not found' }));
        throw new AppError(
          'not_found',
          `Nothing was changed: ${missing.map((id) => `#${id}`).join(', ')} not found.`,
          {
            failed,
          },
        );
      }
      await checkBulkConflicts(tx, req, check.ids, found);
      const settings = await tx.getSettings(caller.orgId);
      const event = bulkEvent(req, actorOf(caller));
      const outcome = reduceBulk(found, () => event, now, settings);
      if (!outcome.ok) throw rejected(outcome.reason, outcome.failed);
      const changes = outcome.results.flatMap((result, i) => {
        const before = found[i];
        return before
          ? [
              {
                before,
                after: result.conversation,
                effects: result.effects,
                changed: result.changed,
              },
            ]
          : [];
      });
      const { undo, routed } = isUndoable(bulkCommand(req))
        ? await commitUndoable(svc, tx, feed, caller, changes, now)
        : {
            undo: null,
            routed: (await commitChanges(tx, feed, changes, actorOf(caller), now)).routed,
          };
      const saved = new Map(changes.map((c) => [c.after.id, routed.get(c.after.id) ?? c.after]));
      const data = check.ids.flatMap((id) => saved.get(id) ?? []);
      return undo ? { data, undo } : { data };
    },
    { optimistic: !mayOpen },
  );
}
