// Merging one conversation into another (SPEC 7.8), optimistic with the domain's own
// `mergeConversations`: the source leaves every cached list and count at once and the target takes
// its tags and followers; the thread rows move on the server, so both threads are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConversationDetail } from '../api';
import { mergeConversations, type Conversation } from '../domain';
import { api } from './api';
import { currentActor } from './optimistic-action';
import { conversationKeys } from './keys';
import { applyToCaches, reconcile, writeConversation, type CacheSnapshot } from './optimistic';

export interface MergeVariables {
  source: Conversation;
  target: Conversation;
}

export function useMergeConversation() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'merge'],
    // Not queued offline: it is confirmed in a dialog, and its undo window is seconds long.
    networkMode: 'always',
    mutationFn: ({ source, target }: MergeVariables): Promise<ConversationDetail> =>
      api.merge(source.id, target.id),
    onMutate: async ({ source, target }): Promise<{ snapshot: CacheSnapshot | null }> => {
      await qc.cancelQueries({ queryKey: conversationKeys.all });
      const actor = currentActor(qc);
      const outcome = actor ? mergeConversations(source, target, actor, Date.now()) : null;
      if (!outcome?.ok) return { snapshot: null };
      const next = new Map([
        // It leaves every list and count at once, but the page follows it only once the server
        // agreed (`mergedInto`): a refusal is explained where the merge was asked for.
        [source.id, { ...outcome.source, mergedInto: null }],
        [target.id, outcome.target],
      ]);
      return { snapshot: applyToCaches(qc, [source.id, target.id], (c) => next.get(c.id) ?? null) };
    },
    onError: (_error, _vars, context) => context?.snapshot?.rollback(),
    onSuccess: (saved) => writeConversation(qc, saved),
    onSettled: (_data, _error, { source, target }) => reconcile(qc, [source.id, target.id]),
  });
}
