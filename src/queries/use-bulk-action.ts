// Bulk actions: optimistic over every selected conversation at once, and all-or-nothing like the
// server: if the reducer refuses one, nothing changes and nothing is sent. Each request carries what
// the cache showed (`seen`), so a status or message someone else changed refuses it whole (409):
// the optimistic change is rolled back, the lists refetched and the server's message shown.
import { onlineManager, useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import type { BulkRequest } from '../api';
import { bulkEvent, checkBulkIds, reduce, seenOf } from '../domain';
import { api } from './api';
import { conversationKeys } from './keys';
import { contextOf } from './mutation-context';
import { applyToCaches, reconcile, writeConversations, type CacheSnapshot } from './optimistic';
import { currentActor, currentSettings, RejectedChange } from './optimistic-action';

export const OFFLINE_BULK_MESSAGE =
  'You are offline. Changes to several conversations at once need a connection; nothing was changed.';

/** The rollback, and each cached conversation as it was before the change. */
export interface BulkContext {
  snapshot: CacheSnapshot | null;
}

/**
 * What the change was based on: each cached conversation as it was before it. Its status and last
 * message, not its version: a teammate's priority or tag meanwhile is no reason to refuse a close.
 */
function seenBy(request: BulkRequest, snapshot: CacheSnapshot | null | undefined): BulkRequest {
  if (!snapshot || snapshot.previous.size === 0) return request;
  const seen: NonNullable<BulkRequest['seen']> = {};
  for (const [id, c] of snapshot.previous) seen[String(id)] = seenOf(c);
  return { ...request, seen: { ...seen, ...request.seen } };
}

const isInFlight = (query: Query) => query.state.fetchStatus !== 'idle';

export interface BulkActionOptions {
  /**
   * Awaited between the optimistic change and the request. The inbox waits for the paint that shows
   * the change: sending the request (a fetch through a service worker, 1-3 ms of the main thread)
   * no longer holds that frame back, and the request leaves right after it.
   */
  beforeSend?: () => Promise<void>;
}

export function useBulkAction({ beforeSend }: BulkActionOptions = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'bulk'],
    // Not queued offline: a bulk change is refused at once there, and says so, rather than waiting.
    networkMode: 'always',
    mutationFn: async (request: BulkRequest) => {
      if (beforeSend) await beforeSend();
      return api.bulk(seenBy(request, contextOf<BulkContext>(qc, request)?.snapshot));
    },
    onMutate: async (request): Promise<BulkContext> => {
      if (!onlineManager.isOnline()) throw new RejectedChange(OFFLINE_BULK_MESSAGE);
      const check = checkBulkIds(request.ids);
      if (!check.ok) throw new RejectedChange(check.reason);
      // Only reads on their way need cancelling, and their rollback waiting for. With none, the
      // optimistic change is written in the click's own task, before any notification goes out,
      // and renders with the mutation's pending state in one pass rather than two.
      const inFlight = { queryKey: conversationKeys.all, predicate: isInFlight };
      if (qc.getQueryCache().findAll(inFlight).length > 0) await qc.cancelQueries(inFlight);
      const actor = currentActor(qc);
      if (!actor) return { snapshot: null };
      const event = bulkEvent(request, actor);
      const now = Date.now();
      const settings = currentSettings(qc);
      const refused: string[] = [];
      const snapshot = applyToCaches(qc, check.ids, (c) => {
        const outcome = reduce(c, event, now, settings);
        if (!outcome.ok) refused.push(`#${c.id}: ${outcome.reason}`);
        return outcome.ok && outcome.changed ? outcome.conversation : null;
      });
      if (refused.length > 0) {
        snapshot.rollback();
        throw new RejectedChange(`Nothing was changed. ${refused.join(' ')}`);
      }
      return { snapshot };
    },
    onError: (_error, _request, context) => context?.snapshot?.rollback(),
    onSuccess: (result) => writeConversations(qc, result.data),
    onSettled: (_data, _error, request) => reconcile(qc, request.ids),
  });
}
