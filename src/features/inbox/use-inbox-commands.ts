// What the inbox does to conversations: one or many at once, each change optimistic (through the
// mutations of src/queries), each failure explained in a toast, and status changes undoable.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, type BulkRequest, type UndoTicket } from '../../api';
import type { Conversation } from '../../domain';
import {
  cachedConversation,
  cachedConversations,
  explainFailure,
  useBulkAction,
  useConversationAction,
  useUndo,
  type UndoVariables,
} from '../../queries';
import { nextPaint, toast } from '../../ui';

/** How long "Undo" is offered. */
export const UNDO_MS = 6000;

const DONE: Record<BulkRequest['action'], [one: string, many: string]> = {
  close: ['Conversation closed', 'conversations closed'],
  open: ['Conversation reopened', 'conversations reopened'],
  pending: ['Conversation marked pending', 'conversations marked pending'],
  snooze: ['Conversation snoozed', 'conversations snoozed'],
  spam: ['Conversation marked as spam', 'conversations marked as spam'],
  restore: ['Conversation restored', 'conversations restored'],
  tag: ['Conversation tagged', 'conversations tagged'],
};

function doneMessage(request: BulkRequest): string {
  const [one, many] = DONE[request.action];
  return request.ids.length === 1 ? one : `${request.ids.length} ${many}`;
}

function reportFailure(error: unknown) {
  // A lost session sends the app back to sign-in; a toast on top would only repeat it.
  if (error instanceof ApiError && error.status === 401) return;
  toast.show({ message: explainFailure(error), tone: 'error' });
}

export function useInboxCommands() {
  const qc = useQueryClient();
  const bulk = useBulkAction({ beforeSend: nextPaint });
  const single = useConversationAction();
  const { mutateAsync: sendBulk } = bulk;
  const { mutateAsync: sendOne } = single;

  const { mutateAsync: sendUndo } = useUndo();

  /** The toast's Undo: the server's own undo of that change, or why it refused, in words. */
  const undoOffer = useCallback(
    (undo: UndoTicket | undefined, before: UndoVariables['before']) =>
      undo && before.length > 0
        ? {
            action: {
              label: 'Undo',
              onAction: () =>
                void sendUndo({ token: undo.token, before }).catch((error: unknown) =>
                  reportFailure(error),
                ),
            },
          }
        : {},
    [sendUndo],
  );

  /** Runs a bulk request; answers whether it went through. */
  const runBulk = useCallback(
    async (request: BulkRequest): Promise<boolean> => {
      // Read before the change: the optimistic update replaces these in the cache.
      const previous = cachedConversations(qc, request.ids);
      let undo: UndoTicket | undefined;
      try {
        ({ undo } = await sendBulk(request));
      } catch (error) {
        reportFailure(error);
        return false;
      }
      toast.show({
        message: doneMessage(request),
        durationMs: UNDO_MS,
        ...undoOffer(undo, previous),
      });
      return true;
    },
    [qc, sendBulk, undoOffer],
  );

  /** Closes one conversation, e.g. the focused row. */
  const closeOne = useCallback(
    async (row: Conversation): Promise<boolean> => {
      const previous = cachedConversation(qc, row.id) ?? row;
      let undo: UndoTicket | undefined;
      try {
        const saved = await sendOne({
          id: row.id,
          action: { kind: 'status', status: 'closed' },
          baseVersion: previous.version,
        });
        undo = saved?.undo;
      } catch (error) {
        reportFailure(error);
        return false;
      }
      toast.show({
        message: DONE.close[0],
        durationMs: UNDO_MS,
        ...undoOffer(undo, [previous]),
      });
      return true;
    },
    [qc, sendOne, undoOffer],
  );

  return { runBulk, closeOne, busy: bulk.isPending };
}
