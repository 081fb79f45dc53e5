// The whole thread of one conversation. Messages come oldest first, a page at a time; the pane
// shows the newest at the bottom, so every page is fetched before the thread is complete.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { Message } from '../domain';
import { conversationQueries } from './keys';

export interface ThreadMessages {
  messages: Message[];
  /** Every page is in. */
  complete: boolean;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

export function useThreadMessages(conversationId: number): ThreadMessages {
  const query = useInfiniteQuery(conversationQueries.messages(conversationId));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, data, refetch } = query;

  // Page after page in one loop, not one page per render: an effect runs after a paint, so a
  // render-driven loop would wait a frame or two per page, seconds for a long thread.
  const alive = useRef(true);
  const running = useRef(false);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const more = hasNextPage && !isFetchingNextPage && !isError && (data?.pages.length ?? 0) > 0;
  useEffect(() => {
    if (!more || running.current) return;
    running.current = true;
    void (async () => {
      try {
        let result = await fetchNextPage();
        while (alive.current && result.hasNextPage && !result.isError)
          result = await fetchNextPage();
      } finally {
        running.current = false;
      }
    })();
  }, [more, fetchNextPage]);

  const messages = useMemo(() => {
    const seen = new Set<number>();
    const all: Message[] = [];
    // A message appended after a send can come back in a refetched page too: keep it once.
    for (const page of data?.pages ?? []) {
      for (const m of page.data) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        all.push(m);
      }
    }
    return all;
  }, [data]);

  return {
    messages,
    complete: query.isSuccess && !hasNextPage,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void refetch(),
  };
}
