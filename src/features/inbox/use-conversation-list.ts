// One list of conversations, page by page through the API's cursor, as a flat array of rows.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ConversationRow } from '../../api';
import { conversationQueries, type ListParams } from '../../queries';

export interface ConversationList {
  rows: readonly ConversationRow[];
  status: 'pending' | 'error' | 'success';
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  refetching: boolean;
  /** Waiting for the connection: offline, a query does not run. */
  paused: boolean;
  loadMore: () => void;
  /** Loads pages until at least `n` rows are here or the list ends; answers the rows. */
  ensureRows: (n: number) => Promise<readonly ConversationRow[]>;
  retry: () => void;
}

export function useConversationList(params: ListParams): ConversationList {
  const query = useInfiniteQuery(conversationQueries.list(params));
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;

  const rows = useMemo(() => {
    // A conversation that moved while the pages were read can sit on two of them; show it once.
    const seen = new Set<number>();
    const out: ConversationRow[] = [];
    for (const page of data?.pages ?? []) {
      for (const row of page.data) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        out.push(row);
      }
    }
    return out;
  }, [data]);

  // ensureRows runs across awaits; it reads the newest rendered state, not the one it began with.
  const latest = useRef({ rows, hasNextPage, fetchNextPage });
  useEffect(() => {
    latest.current = { rows, hasNextPage, fetchNextPage };
  }, [rows, hasNextPage, fetchNextPage]);

  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const ensureRows = useCallback(async (n: number) => {
    let { rows: have, hasNextPage: more } = latest.current;
    while (have.length < n && more) {
      const result = await latest.current.fetchNextPage();
      if (result.isError) break;
      have = (result.data?.pages ?? []).flatMap((p) => p.data);
      more = result.hasNextPage;
    }
    return have;
  }, []);

  const retry = useCallback(() => void refetch(), [refetch]);

  return {
    rows,
    status: query.status,
    error: query.error,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    refetching: query.isRefetching,
    paused: query.isPaused,
    loadMore,
    ensureRows,
    retry,
  };
}
