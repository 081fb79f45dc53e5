// Undo puts each conversation back in the status it had, through the API like any other change.
import type { BulkRequest } from '../api';
import { commandBulk, type BulkChange, type Conversation } from '../domain';
import type { ConversationAction } from './conversation-action';

/** The action that returns a conversation from `current` to the status of `previous`. */
export function undoAction(
  previous: Pick<Conversation, 'status' | 'snoozedUntil'>,
  current: Pick<Conversation, 'status'>,
  now: number,
): ConversationAction {
  if (current.status === 'spam') return { kind: 'restore' };
  if (previous.status === 'spam') return { kind: 'spam' };
  if (
    previous.status === 'snoozed' &&
    previous.snoozedUntil !== null &&
    previous.snoozedUntil > now
  ) {
    return { kind: 'snooze', until: previous.snoozedUntil };
  }
  if (previous.status === 'pending' || previous.status === 'closed') {
    return { kind: 'status', status: previous.status };
  }
  return { kind: 'status', status: 'open' };
}

/** Bulk undo: one bulk request per status to return to (closing 20 open and 5 pending makes two). */
export function undoBulkRequests(
  previous: readonly Conversation[],
  current: Pick<Conversation, 'status'>,
  now: number,
): BulkRequest[] {
  const groups = new Map<string, BulkRequest>();
  for (const c of previous) {
    // Every action undo gives has a bulk form; reopening is the fallback should one not.
    const change: BulkChange = commandBulk(undoAction(c, current, now)) ?? { action: 'open' };
    const key = JSON.stringify(change);
    const group = groups.get(key) ?? ({ ...change, ids: [] } as BulkRequest);
    group.ids.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
