// The single source of query keys and options: every read of server state goes through here.
import {
  infiniteQueryOptions,
  queryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { ApiError, type ListConversationsParams } from '../api';
import {
  FILTER_FIELDS,
  filterFromKey,
  filterKey,
  type ConversationFilter,
  type Sort,
} from '../domain';
import { api } from './api';
import { joinNewest, type ThreadWindow } from './thread-window';

/** One list of the inbox: its filter and its order. */
export interface ListParams extends ConversationFilter {
  sort: Sort;
}

export const LIST_PAGE_SIZE = 50;
export const MESSAGE_PAGE_SIZE = 100;

function listRequest({ sort, ...filter }: ListParams): ListConversationsParams {
  const request: ListConversationsParams = { view: filter.view, sort, limit: LIST_PAGE_SIZE };
  // An empty text narrows nothing here: it is left out of the request.
  for (const field of FILTER_FIELDS) {
    const value = filter[field];
    if (value !== undefined && value !== '') Object.assign(request, { [field]: value });
  }
  return request;
}

export const conversationKeys = {
  all: ['conversations'] as const,
  lists: () => [...conversationKeys.all, 'list'] as const,
  /** Keyed by `filterKey`, which `listParamsOfKey` reads back. */
  list: ({ sort, ...filter }: ListParams) =>
    [...conversationKeys.lists(), filterKey(filter), sort] as const,
  counts: () => [...conversationKeys.all, 'counts'] as const,
  details: () => [...conversationKeys.all, 'detail'] as const,
  detail: (id: number) => [...conversationKeys.details(), id] as const,
  messages: (id: number) => [...conversationKeys.all, 'messages', id] as const,
};

/** The list a key of `conversationKeys.list` stands for. */
export function listParamsOfKey(key: QueryKey): ListParams {
  return { ...filterFromKey(String(key[2])), sort: key[3] as Sort };
}

export const conversationQueries = {
  list: (params: ListParams) =>
    infiniteQueryOptions({
      queryKey: conversationKeys.list(params),
      queryFn: ({ pageParam, signal }) =>
        api.listConversations({ ...listRequest(params), cursor: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next,
    }),
  counts: () =>
    queryOptions({
      queryKey: conversationKeys.counts(),
      queryFn: ({ signal }) => api.counts(signal),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: conversationKeys.detail(id),
      queryFn: ({ signal }) => api.getConversation(id, signal),
      // Client errors (404: deleted or another org's; 403) will not change on their own; only
      // the network and 5xx may. Here, so a prefetch and the pane agree.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    }),
  /** The end of the thread: one newest-first page, joined to the older pages already loaded
   * (see thread-window.ts; `loadOlderMessages` puts more in front). */
  messages: (id: number) =>
    queryOptions({
      queryKey: conversationKeys.messages(id),
      queryFn: async ({ signal, client }): Promise<ThreadWindow> => {
        const page = await api.listMessages(
          id,
          { order: 'newest', limit: MESSAGE_PAGE_SIZE },
          signal,
        );
        // Read once the answer is in, so pages put in front meanwhile are kept.
        return joinNewest(client.getQueryData<ThreadWindow>(conversationKeys.messages(id)), page);
      },
    }),
};

/**
 * Starts loading what the conversation pane shows (nothing is asked again while fresh), from the
 * moment an agent presses on a row or opens it, so the answers are on their way while the pane
 * renders rather than after.
 */
export function prefetchConversation(qc: QueryClient, id: number): void {
  void qc.prefetchQuery(conversationQueries.detail(id));
  void qc.prefetchQuery(conversationQueries.messages(id));
}

export const orgKeys = {
  me: ['me'] as const,
  directory: ['directory'] as const,
  settings: ['settings'] as const,
};

export const orgQueries = {
  me: () =>
    queryOptions({
      queryKey: orgKeys.me,
      // Not `GET /api/me`: signed out, it answers 401, which the browser logs as an error.
      queryFn: ({ signal }) => api.session(signal).then((r) => r.agent),
      staleTime: Infinity,
      retry: false,
    }),
  directory: () =>
    queryOptions({
      queryKey: orgKeys.directory,
      queryFn: () => api.listAgents(),
      staleTime: 5 * 60_000,
    }),
  settings: () =>
    queryOptions({
      queryKey: orgKeys.settings,
      queryFn: () => api.getSettings(),
      staleTime: 5 * 60_000,
    }),
};
