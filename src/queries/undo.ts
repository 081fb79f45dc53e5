// Undo (SPEC 7.2) is the server's own operation: `POST /api/undo` with the token the change
// answered with. The optimistic update puts back what the change replaced with the domain's
// `applyUndo`, the very operation the server runs; a refused undo rolls it back and says why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyUndo, type Conversation, type UndoFields } from '../domain';
import { api } from './api';
import { conversationKeys } from './keys';
import { applyToCaches, reconcile, writeConversation, type CacheSnapshot } from './optimistic';

export interface UndoVariables {
  token: string;
  /** Each conversation as it was before the change, as the cache held it. */
  before: readonly (UndoFields & Pick<Conversation, 'id'>)[];
}

export function useUndo() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'undo'],
    // Not queued offline: the window is seconds long, so a late undo would only be refused.
    networkMode: 'always',
    mutationFn: ({ token }: UndoVariables) => api.undo(token),
    onMutate: async ({ before }): Promise<{ snapshot: CacheSnapshot }> => {
      await qc.cancelQueries({ queryKey: conversationKeys.all });
      const byId = new Map(before.map((c) => [c.id, c]));
      const snapshot = applyToCaches(qc, [...byId.keys()], (c) => {
        const prior = byId.get(c.id);
        return prior ? applyUndo(c, prior) : null;
      });
      return { snapshot };
    },
    onError: (_error, _vars, context) => context?.snapshot.rollback(),
    onSuccess: (result) => result.data.forEach((c) => writeConversation(qc, c)),
    // The lists refetch too: a conversation whose close is undone returns to the view it left.
    onSettled: (_data, _error, { before }) =>
      reconcile(
        qc,
        before.map((c) => c.id),
      ),
  });
}
