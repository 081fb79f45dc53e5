// Undo puts each conversation back in the status it had, through the API like any other change.
import type { BulkRequest } from '../api';
import type { Conversation } from '../domain';
import type { ConversationAction } from './conversation-action';

/** The action that returns a conversation from `current` to the status of `previous`. */
export function undoAction(
  previous: Conversation,
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

type BulkShape = BulkRequest extends infer R
  ? R extends BulkRequest
    ? Omit<R, 'ids'>
    : never
  : never;

function asBulk(action: ConversationAction): BulkShape {
  switch (action.kind) {
    case 'snooze':
      return { action: 'snooze', until: action.until };
    case 'spam':
      return { action: 'spam' };
    case 'restore':
      return { action: 'restore' };
    case 'status':
      return { action: action.status === 'closed' ? 'close' : action.status };
    default:
      return { action: 'open' };
  }
}

/** Bulk undo: one bulk request per status to return to (closing 20 open and 5 pending makes two). */
export function undoBulkRequests(
  previous: readonly Conversation[],
  current: Pick<Conversation, 'status'>,
  now: number,
): BulkRequest[] {
  const groups = new Map<string, BulkRequest>();
  for (const c of previous) {
    const shape = asBulk(undoAction(c, current, now));
    const key = JSON.stringify(shape);
    const group = groups.get(key) ?? ({ ...shape, ids: [] } as BulkRequest);
    group.ids.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
