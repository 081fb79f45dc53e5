// Undo as the domain's own operation (SPEC 7.2): a change that moved a status remembers the fields
// it replaced, and undoing it puts exactly those back, on the server and in the client's
// optimistic update alike. It is not a new change: `updatedAt` goes back too, so the conversation
// returns to its place in every list sorted by it.
import type { Conversation } from './types';

/** How long an undoable change can be undone. */
export const UNDO_WINDOW_MS = 10_000;

/** What an undoable change replaced, and what it left: the fields undo compares and restores. */
export type UndoFields = Pick<
  Conversation,
  'status' | 'snoozedUntil' | 'statusBeforeSpam' | 'updatedAt'
>;

export function undoFields(c: UndoFields): UndoFields {
  return {
    status: c.status,
    snoozedUntil: c.snoozedUntil,
    statusBeforeSpam: c.statusBeforeSpam,
    updatedAt: c.updatedAt,
  };
}

/** Whether a change moved anything undo would put back (a new priority alone does not). */
export function movedUndoFields(before: UndoFields, after: UndoFields): boolean {
  return (
    before.status !== after.status ||
    before.snoozedUntil !== after.snoozedUntil ||
    before.statusBeforeSpam !== after.statusBeforeSpam
  );
}

/**
 * Whether someone changed the conversation since the change left it as `after`: a status, a
 * snooze or a message (each moves `updatedAt`). Tags, priority or followers do not count: undo
 * leaves them as they are now.
 */
export function touchedSince(current: UndoFields, after: UndoFields): boolean {
  return movedUndoFields(current, after) || current.updatedAt !== after.updatedAt;
}

/**
 * The conversation with the change undone: its fields as before (and, for a merge, the fields it
 * joined), one version on.
 */
export function applyUndo(
  current: Conversation,
  before: UndoFields,
  restore?: Partial<Conversation>,
): Conversation {
  return { ...current, ...restore, ...undoFields(before), version: current.version + 1 };
}
