// One conversation by id, for the pane. A row already in a cached list shows at once while the
// detail loads; "not found" (404: deleted, or another org's id) is final, so it is not retried.
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { ApiError, type ConversationDetail, type ConversationPage } from '../api';
import { conversationKeys, conversationQueries } from './keys';

type ListData = InfiniteData<ConversationPage, string | null>;

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function useConversationDetail(id: number) {
  const qc = useQueryClient();
  return useQuery({
    ...conversationQueries.detail(id),
    placeholderData: (): ConversationDetail | undefined => {
      for (const [, data] of qc.getQueriesData<ListData>({ queryKey: conversationKeys.lists() })) {
        for (const page of data?.pages ?? []) {
          const row = page.data.find((r) => r.id === id);
          if (row) {
            const { lastMessage: _lastMessage, contactMessage: _contactMessage, ...detail } = row;
            return detail;
          }
        }
      }
      return undefined;
    },
  });
}
