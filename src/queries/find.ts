// Finding conversations: the org's tags (the tag filter and picker) and the saved views with the
// navigation's counts. Both live under the conversations' keys: a change the live stream hears
// of, or one made here, moves their counts as it moves the status counts.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateViewRequest, PatchViewRequest } from '../api';
import { api } from './api';
import { conversationKeys } from './keys';

export const findKeys = {
  views: () => [...conversationKeys.all, 'views'] as const,
  tags: () => [...conversationKeys.all, 'tags'] as const,
};

export const findQueries = {
  views: () =>
    queryOptions({
      queryKey: findKeys.views(),
      queryFn: ({ signal }) => api.listViews(signal),
    }),
  tags: () =>
    queryOptions({
      queryKey: findKeys.tags(),
      queryFn: ({ signal }) => api.listTags(signal),
      staleTime: 60_000,
    }),
};

/** After a change to conversations: the counts beside the views and the tags' use counts. */
export function invalidateFindCounts(qc: QueryClient): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: findKeys.views() }),
    qc.invalidateQueries({ queryKey: findKeys.tags() }),
  ]);
}

export function useCreateView() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['views', 'create'],
    mutationFn: (body: CreateViewRequest) => api.createView(body),
    onSettled: () => qc.invalidateQueries({ queryKey: findKeys.views() }),
  });
}

export function usePatchView() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['views', 'patch'],
    mutationFn: ({ id, ...patch }: PatchViewRequest & { id: number }) => api.patchView(id, patch),
    onSettled: () => qc.invalidateQueries({ queryKey: findKeys.views() }),
  });
}

export function useDeleteView() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['views', 'delete'],
    mutationFn: (id: number) => api.deleteView(id),
    onSettled: () => qc.invalidateQueries({ queryKey: findKeys.views() }),
  });
}
