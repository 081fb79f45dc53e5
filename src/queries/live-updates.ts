// Live updates: the org's change feed (server-sent events) invalidates what it touched, so a new
// contact message or another agent's change shows without a reload.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  CHANGE_EVENT_TYPES,
  FEED_RESET_EVENT,
  NOTIFICATIONS_EVENT,
  PRESENCE_EVENT,
  changedConversationId,
  type PresenceEvent,
} from '../api';
import { api } from './api';
import { invalidateFindCounts } from './find';
import { conversationKeys, orgKeys } from './keys';
import { notificationKeys } from './notifications';
import { usePresenceStore } from './presence';

/** Changes arrive in bursts (a bulk close is 25); refetch once per burst. */
const BURST_MS = 300;

export function useLiveUpdates(enabled: boolean): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(api.eventsUrl(), { withCredentials: true });
    const touched = new Set<number>();
    let timer: ReturnType<typeof setTimeout> | null = null;

    const flush = () => {
      timer = null;
      void qc.invalidateQueries({ queryKey: conversationKeys.lists() });
      void qc.invalidateQueries({ queryKey: conversationKeys.counts() });
      // Assignments move the agents' open counts ("7 of 10").
      void qc.invalidateQueries({ queryKey: orgKeys.directory });
      void invalidateFindCounts(qc);
      for (const id of touched) {
        void qc.invalidateQueries({ queryKey: conversationKeys.detail(id) });
        void qc.invalidateQueries({ queryKey: conversationKeys.messages(id) });
      }
      touched.clear();
    };

    const onChange = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const conversationId = changedConversationId(data);
      if (conversationId === undefined) return;
      if (conversationId !== null) touched.add(conversationId);
      timer ??= setTimeout(flush, BURST_MS);
    };

    // The feed no longer holds what this client missed: whatever it shows may be stale.
    const onReset = () => void qc.invalidateQueries({ queryKey: conversationKeys.all });

    // Not in the feed: who is in which conversation, and this agent's notifications (SPEC 7.5).
    const onPresence = (message: MessageEvent<string>) => {
      try {
        usePresenceStore.getState().heard(JSON.parse(message.data) as PresenceEvent, Date.now());
      } catch {
        // A malformed event changes nothing.
      }
    };
    const onNotifications = () => void qc.invalidateQueries({ queryKey: notificationKeys.all });

    source.addEventListener(PRESENCE_EVENT, onPresence);
    source.addEventListener(NOTIFICATIONS_EVENT, onNotifications);
    source.addEventListener('message', onChange);
    source.addEventListener(FEED_RESET_EVENT, onReset);
    for (const type of CHANGE_EVENT_TYPES) source.addEventListener(type, onChange);
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [enabled, qc]);
}
