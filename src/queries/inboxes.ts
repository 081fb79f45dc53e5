// The signed-in agent's inboxes: the app opens the first one at `/`.
import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

export const inboxKeys = {
  all: ['inboxes'] as const,
};

export const inboxQueries = {
  list: () =>
    queryOptions({
      queryKey: inboxKeys.all,
      queryFn: () => api.listInboxes(),
      staleTime: 5 * 60_000,
    }),
};
