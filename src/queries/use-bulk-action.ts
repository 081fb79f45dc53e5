// Bulk actions: optimistic over every selected conversation at once, and all-or-nothing like the
// server: if the reducer refuses one, nothing changes and nothing is sent.
import { onlineManager, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkRequest } from '../api';
import { checkBulkIds, reduce, tagColor } from '../domain';
import type { AgentActor, ConversationEvent } from '../domain';
import { api } from './api';
import { conversationKeys } from './keys';
import { applyToCaches, reconcile, writeConversation } from './optimistic';
import { currentActor, currentSettings, RejectedChange } from './use-conversation-action';

export const OFFLINE_BULK_MESSAGE =
  'You are offline. Changes to several conversations at once need a connection; nothing was changed.';

export function bulkEvent(request: BulkRequest, actor: AgentActor): ConversationEvent {
  switch (request.action) {
    case 'close':
      return { type: 'set_status', status: 'closed', actor };
    case 'open':
      return { type: 'set_status', status: 'open', actor };
    case 'pending':
      return { type: 'set_status', status: 'pending', actor };
    case 'spam':
      return { type: 'mark_spam', actor };
    case 'restore':
      return { type: 'restore_spam', actor };
    case 'snooze':
      return { type: 'snooze', until: request.until, actor };
    case 'tag':
      return {
        type: 'add_tag',
        tag: { name: request.name, color: request.color ?? tagColor(request.name) },
        actor,
      };
  }
}

export function useBulkAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'bulk'],
    // Not queued offline: a bulk change is refused at once there, and says so, rather than waiting.
    networkMode: 'always',
    mutationFn: (request: BulkRequest) => api.bulk(request),
    onMutate: async (request) => {
      if (!onlineManager.isOnline()) throw new RejectedChange(OFFLINE_BULK_MESSAGE);
      const check = checkBulkIds(request.ids);
      if (!check.ok) throw new RejectedChange(check.reason);
      await qc.cancelQueries({ queryKey: conversationKeys.all });
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
    onSuccess: (result) => result.data.forEach((c) => writeConversation(qc, c)),
    onSettled: (_data, _error, request) => reconcile(qc, request.ids),
  });
}
