// Deleting a conversation (admins only; irreversible). Not optimistic: a refusal (403 without the
// metrics permission) must leave everything as it was, and the pane navigates away on success.
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { ConversationPage } from '../api';
import { api } from './api';
import { conversationKeys } from './keys';

export interface DeleteVariables {
  id: number;
  /** Keep its figures in reports (the default); false needs `delete_conversations_and_metrics`. */
  retainMetrics: boolean;
}

type ListData = InfiniteData<ConversationPage, string | null>;

export function useDeleteConversation() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'delete'],
    mutationFn: ({ id, retainMetrics }: DeleteVariables) =>
      api.deleteConversation(id, { retainMetrics }),
    onSuccess: async (_data, { id }) => {
      await qc.cancelQueries({ queryKey: conversationKeys.detail(id) });
      for (const [key, data] of qc.getQueriesData<ListData>({
        queryKey: conversationKeys.lists(),
      })) {
        if (!data) continue;
        qc.setQueryData<ListData>(key, {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            data: page.data.filter((row) => row.id !== id),
          })),
        });
      }
      qc.removeQueries({ queryKey: conversationKeys.messages(id) });
      void qc.invalidateQueries({ queryKey: conversationKeys.counts() });
      void qc.invalidateQueries({ queryKey: conversationKeys.lists() });
    },
  });
}
