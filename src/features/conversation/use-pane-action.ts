// Runs an action on the open conversation the way every control here wants it: optimistic
// through the shared mutation, based on the version on screen, with a toast that says what
// happened (and offers Undo after close, snooze and spam) or why it did not.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { ApiError, type ConversationDetail, type Directory } from '../../api';
import type { Conversation } from '../../domain';
import {
  cachedConversation,
  conflictAuthorId,
  conflictMessage,
  conversationKeys,
  describeError,
  orgKeys,
  undoAction,
  type ThreadWindow,
  useConversationAction,
  type ConversationAction,
} from '../../queries';
import { toast } from '../../ui';

export interface RunOptions {
  /** A toast once the server agreed. */
  success?: string;
  /** A toast with "Undo" once the server agreed; Undo puts the status back. */
  undoable?: string | ((saved: Conversation) => string);
  /** The caller shows the error itself (in a dialog, say) instead of a toast. */
  quiet?: boolean;
}

/** Resolves null when the server agreed, else the reason it did not (already toasted unless quiet). */
export type RunAction = (
  action: ConversationAction,
  options?: RunOptions,
) => Promise<string | null>;

function threadOf(qc: QueryClient, id: number) {
  return qc.getQueryData<ThreadWindow>(conversationKeys.messages(id))?.messages ?? [];
}

/** A 409 names whoever changed it (read from the thread that the rollback just refetched) and
 * what they changed (the answer's conversation against the one the change was based on). */
function errorText(
  qc: QueryClient,
  id: number,
  error: unknown,
  seenUpToId: number,
  before: Conversation | undefined,
): string {
  if (!(error instanceof ApiError) || error.status !== 409) return describeError(error);
  const meId = qc.getQueryData<{ id: number } | null>(orgKeys.me)?.id;
  const authorId = conflictAuthorId(threadOf(qc, id), seenUpToId, meId);
  const directory = qc.getQueryData<Directory>(orgKeys.directory);
  const nameOf = (agentId: number) => directory?.agents.find((a) => a.id === agentId)?.name ?? null;
  const name = authorId === null ? null : nameOf(authorId);
  return conflictMessage(name, before, error.current, nameOf);
}

export function usePaneAction(conversationId: number): RunAction {
  const qc = useQueryClient();
  const { mutateAsync } = useConversationAction();
  // An Undo offered for an earlier change is stale once anything else changes: it would try to
  // put back a state that is no longer the one before.
  const undoToast = useRef<number | null>(null);

  return useCallback<RunAction>(
    async function run(action, options = {}) {
      if (undoToast.current !== null) toast.dismiss(undoToast.current);
      undoToast.current = null;
      const before = cachedConversation(qc, conversationId);
      const seenUpToId = threadOf(qc, conversationId).at(-1)?.id ?? 0;
      try {
        const saved = await mutateAsync({
          id: conversationId,
          action,
          baseVersion: before?.version,
        });
        const after: Conversation | undefined =
          saved ?? qc.getQueryData<ConversationDetail>(conversationKeys.detail(conversationId));
        if (options.undoable && before && after) {
          const message =
            typeof options.undoable === 'string' ? options.undoable : options.undoable(after);
          undoToast.current = toast.show({
            message,
            action: {
              label: 'Undo',
              onAction: () => void run(undoAction(before, after, Date.now())),
            },
          });
        } else if (options.success) {
          toast.show({ message: options.success, tone: 'success' });
        }
        return null;
      } catch (error) {
        const message = errorText(qc, conversationId, error, seenUpToId, before);
        if (!options.quiet) toast.show({ tone: 'error', message });
        return message;
      }
    },
    [qc, conversationId, mutateAsync],
  );
}
