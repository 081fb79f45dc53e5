// `POST /api/conversations/bulk`: 1 to 25 conversations, all changed or none (SPEC section 2).
import type { BulkRequest } from '../../api';
import {
  checkBulkIds,
  reduceBulk,
  tagColor,
  type Conversation,
  type ConversationEvent,
} from '../../domain';
import { AppError, rejected } from '../app-error';
import type { Services } from '../deps';
import { commitChange } from './commit';
import { actorOf, inTransaction, type Caller } from './context';

function eventFor(req: BulkRequest, caller: Caller): ConversationEvent {
  const actor = actorOf(caller);
  switch (req.action) {
    case 'close':
      return { type: 'set_status', status: 'closed', actor };
    case 'open':
    case 'pending':
      return { type: 'set_status', status: req.action, actor };
    case 'spam':
      return { type: 'mark_spam', actor };
    case 'restore':
      return { type: 'restore_spam', actor };
    case 'snooze':
      return { type: 'snooze', until: req.until, actor };
    case 'tag':
      return {
        type: 'add_tag',
        tag: { name: req.name, color: req.color ?? tagColor(req.name) },
        actor,
      };
  }
}

export function bulkChange(
  svc: Services,
  caller: Caller,
  req: BulkRequest,
): Promise<Conversation[]> {
  const check = checkBulkIds(req.ids);
  if (!check.ok) return Promise.reject(rejected(check.reason));
  return inTransaction(svc, async (tx, feed, now) => {
    // Locked in id order (the store's promise), so two bulk requests cannot deadlock each other.
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
    const settings = await tx.getSettings(caller.orgId);
    const event = eventFor(req, caller);
    const outcome = reduceBulk(found, () => event, now, settings);
    if (!outcome.ok) throw rejected(outcome.reason, outcome.failed);
    const saved = new Map<number, Conversation>();
    for (const [i, result] of outcome.results.entries()) {
      const before = found[i];
      if (!before) continue;
      const after = await commitChange(
        tx,
        feed,
        { before, after: result.conversation, effects: result.effects, changed: result.changed },
        actorOf(caller),
        now,
      );
      saved.set(after.id, after);
    }
    return check.ids.flatMap((id) => saved.get(id) ?? []);
  });
}
