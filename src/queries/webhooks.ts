// Webhook subscriptions of the agent's org, and each one's delivery log. The secret a new
// subscription answers with is never cached: the screen shows it once and forgets it.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookRequest } from '../api';
import { api } from './api';

/** How often an open delivery log asks again: retries and deliveries land every few seconds. */
export const DELIVERY_LOG_REFRESH_MS = 4000;

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  deliveries: (webhookId: number) => [...webhookKeys.all, 'deliveries', webhookId] as const,
};

export const webhookQueries = {
  list: () =>
    queryOptions({
      queryKey: webhookKeys.list(),
      queryFn: () => api.listWebhooks(),
    }),
  deliveries: (webhookId: number) =>
    queryOptions({
      queryKey: webhookKeys.deliveries(webhookId),
      queryFn: ({ signal }) => api.listDeliveries(webhookId, { signal }),
      refetchInterval: DELIVERY_LOG_REFRESH_MS,
    }),
};

export function useCreateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['webhooks', 'create'],
    mutationFn: (body: CreateWebhookRequest) => api.createWebhook(body),
    // The answer holds the secret: forget it as soon as the screen has shown it.
    gcTime: 0,
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.list() }),
  });
}

/** Admins: turns a subscription back on (or off); the list shows the new state. */
export function useSetWebhookEnabled() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['webhooks', 'enable'],
    mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) =>
      api.patchWebhook(id, { enabled }),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useDeleteWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['webhooks', 'delete'],
    mutationFn: (id: number) => api.deleteWebhook(id),
    onSuccess: (_data, id) => qc.removeQueries({ queryKey: webhookKeys.deliveries(id) }),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.list() }),
  });
}
