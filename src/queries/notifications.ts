// Notifications (SPEC 7.5): the signed-in agent's list and unread count, read again whenever the
// live stream says they changed (a new one, or some read in another tab).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList, ReadNotificationsRequest } from '../api';
import { api } from './api';

export const notificationKeys = { all: ['notifications'] as const };

export const notificationQueries = {
  list: () =>
    queryOptions({
      queryKey: notificationKeys.all,
      queryFn: ({ signal }) => api.listNotifications(signal),
      // The stream tells of every change; this is the fallback for a signal that was missed.
      refetchInterval: 60_000,
    }),
};

export function useNotifications(enabled = true) {
  return useQuery({ ...notificationQueries.list(), enabled });
}

export function useReadNotifications() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReadNotificationsRequest) => api.readNotifications(body),
    onMutate: async (body) => {
      await qc.cancelQueries({ queryKey: notificationKeys.all });
      const before = qc.getQueryData<NotificationList>(notificationKeys.all);
      if (before) {
        const read = (id: number) => 'all' in body || body.ids.includes(id);
        const data = before.data.map((n) => (read(n.id) ? { ...n, unread: false } : n));
        const cleared = before.data.filter((n) => n.unread && read(n.id)).length;
        qc.setQueryData<NotificationList>(notificationKeys.all, {
          data,
          unreadCount: 'all' in body ? 0 : Math.max(0, before.unreadCount - cleared),
        });
      }
      return { before };
    },
    onError: (_error, _body, context) => {
      if (context?.before) qc.setQueryData(notificationKeys.all, context.before);
    },
    onSuccess: (list) => qc.setQueryData(notificationKeys.all, list),
  });
}
