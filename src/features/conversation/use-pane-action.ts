// Runs an action on the open conversation the way every control here wants it: optimistic
// through the shared mutation, based on the version on screen, with a toast that says what
// happened (and offers Undo after close, snooze and spam) or why it did not.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { ConversationDetail, Directory } from '../../api';
import { isUndoable, type Conversation } from '../../domain';
import {
  actionBase,
  conflictAuthorId,
  conversationKeys,
  explainFailure,
  orgKeys,
  cachedConversation,
  type ActionVariables,
  type ConflictAbout,
  type ThreadWindow,
  useConversationAction,
  useUndo,
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

/** For a 409: whoever changed it (read from the thread that the rollback just refetched). */
function whoChanged(qc: QueryClient, id: number, seenUpToId: number): ConflictAbout {
  const meId = qc.getQueryData<{ id: number } | null>(orgKeys.me)?.id;
  const authorId = conflictAuthorId(threadOf(qc, id), seenUpToId, meId);
  const directory = qc.getQueryData<Directory>(orgKeys.directory);
  const agentName = (agentId: number) =>
    directory?.agents.find((a) => a.id === agentId)?.name ?? null;
  return { who: authorId === null ? null : agentName(authorId), agentName };
}

export function usePaneAction(conversationId: number): RunAction {
  const qc = useQueryClient();
  const { mutateAsync } = useConversationAction();
  const { mutateAsync: sendUndo } = useUndo();
  // An Undo offered for an earlier change is stale once anything else changes: it would try to
  // put back a state that is no longer the one before.
  const undoToast = useRef<number | null>(null);

  return useCallback<RunAction>(
    async function run(action, options = {}) {
      if (undoToast.current !== null) toast.dismiss(undoToast.current);
      undoToast.current = null;
      const seenUpToId = threadOf(qc, conversationId).at(-1)?.id ?? 0;
      // Based on the version on screen: the mutation takes it, with the rest of the conversation
      // as it was, into its context, where Undo and the reason for a failure read it back.
      const variables: ActionVariables = { id: conversationId, action };
      // As the cache holds it before the change: what the optimistic undo puts back.
      const prior = cachedConversation(qc, conversationId);
      try {
        const saved = await mutateAsync(variables);
        const after: Conversation | undefined =
          saved ?? qc.getQueryData<ConversationDetail>(conversationKeys.detail(conversationId));
        // The server offers undo (a token) only for a change that moved a status.
        const undo = saved?.undo;
        if (options.undoable && isUndoable(action) && undo && prior && after) {
          const message =
            typeof options.undoable === 'string' ? options.undoable : options.undoable(after);
          undoToast.current = toast.show({
            message,
            action: {
              label: 'Undo',
              onAction: () =>
                void sendUndo({ token: undo.token, before: [prior] }).catch((error: unknown) =>
                  toast.show({ tone: 'error', message: explainFailure(error) }),
                ),
            },
          });
        } else if (options.success) {
          toast.show({ message: options.success, tone: 'success' });
        }
        return null;
      } catch (error) {
        const message = explainFailure(error, {
          base: actionBase(qc, variables),
          ...whoChanged(qc, conversationId, seenUpToId),
        });
        if (!options.quiet) toast.show({ tone: 'error', message });
        return message;
      }
    },
    [qc, conversationId, mutateAsync, sendUndo],
  );
}
