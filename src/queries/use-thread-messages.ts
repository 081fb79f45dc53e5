// The thread of one conversation as the pane reads it: the newest page first (one request, then
// the pane shows the bottom of the thread), and older pages on demand, as the agent scrolls up.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../domain';
import { api } from './api';
import { conversationKeys, conversationQueries, MESSAGE_PAGE_SIZE } from './keys';
import { prependOlder, type ThreadWindow } from './thread-window';

export interface ThreadMessages {
  /** What is loaded, oldest first, through the newest message. */
  messages: Message[];
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
  /** Some older messages are not loaded yet. */
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Why the last older page did not load; cleared by `retryOlder`. */
  olderError: Error | null;
  /** Loads the page before the loaded messages; does nothing while one loads or after a failure. */
  loadOlder: () => void;
  retryOlder: () => void;
}

const NO_MESSAGES: Message[] = [];

/** Reads the page before the cached window and puts it in front, unless the window moved on. */
export async function loadOlderMessages(
  qc: QueryClient,
  conversationId: number,
  signal?: AbortSignal,
): Promise<void> {
  const key = conversationKeys.messages(conversationId);
  const cursor = qc.getQueryData<ThreadWindow>(key)?.older;
  if (!cursor) return;
  const page = await api.listMessages(
    conversationId,
    { order: 'newest', cursor, limit: MESSAGE_PAGE_SIZE },
    signal,
  );
  qc.setQueryData<ThreadWindow>(key, (now) =>
    now ? (prependOlder(now, cursor, page) ?? now) : now,
  );
}

interface OlderState {
  loading: boolean;
  error: Error | null;
}

export function useThreadMessages(conversationId: number): ThreadMessages {
  const qc = useQueryClient();
  const query = useQuery(conversationQueries.messages(conversationId));
  const { data, refetch } = query;

  const [older, setOlder] = useState<OlderState>({ loading: false, error: null });
  // One older page at a time; the ref answers at once where state would wait for a render.
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const load = useCallback(async () => {
    if (inFlight.current) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setOlder({ loading: true, error: null });
    try {
      await loadOlderMessages(qc, conversationId, controller.signal);
      if (!controller.signal.aborted) setOlder({ loading: false, error: null });
    } catch (error) {
      if (!controller.signal.aborted) {
        setOlder({
          loading: false,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, [qc, conversationId]);

  const hasOlder = (data?.older ?? null) !== null;
  const failed = older.error !== null;
  const loadOlder = useCallback(() => {
    if (hasOlder && !failed) void load();
  }, [hasOlder, failed, load]);
  const retryOlder = useCallback(() => {
    if (hasOlder) void load();
  }, [hasOlder, load]);

  return {
    messages: data?.messages ?? NO_MESSAGES,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void refetch(),
    hasOlder,
    loadingOlder: older.loading,
    olderError: older.error,
    loadOlder,
    retryOlder,
  };
}
