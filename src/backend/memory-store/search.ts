// The orders the memory Store cannot walk from an index (waiting longest, best match): every
// match is sorted by its key, and the page starts strictly after the cursor, as the SQL keyset.
import {
  compareWaiting,
  parseSearch,
  searchRank,
  type Conversation,
  type Sort,
} from '../../domain';
import type { ConversationQuery } from '../store';
import type { MemoryState } from './state';
import { searchTexts } from './search-text';

/** A conversation of a page, with its search rank when the page is in best-match order. */
export interface Ranked {
  conversation: Conversation;
  rank?: number;
}

type KeyedSort = Exclude<Sort, 'newest' | 'oldest'>;

export function orderedBySortKey(
  state: MemoryState,
  matches: readonly Conversation[],
  query: ConversationQuery & { sort: KeyedSort },
): Ranked[] {
  const { after, limit } = query;
  if (query.sort === 'waiting') {
    const sorted = [...matches].sort(compareWaiting);
    const start =
      after === undefined
        ? 0
        : sorted.findIndex(
            (c) =>
              compareWaiting(c, { id: after.id, waitingSince: after.waitingSince ?? null }) > 0,
          );
    return start < 0
      ? []
      : sorted.slice(start, start + limit).map((conversation) => ({ conversation }));
  }
  const search = parseSearch(query.q ?? '');
  // Every match has a tier: the filter ran the same test.
  const ranked = matches.map((conversation) => ({
    conversation,
    rank: searchRank(search, conversation.id, searchTexts(state, conversation)) ?? 0,
  }));
  // Best first, then the higher id: ORDER BY rank DESC, id DESC.
  const byRank = (
    a: Ranked & { rank: number },
    b: { rank: number; conversation: { id: number } },
  ) => b.rank - a.rank || b.conversation.id - a.conversation.id;
  ranked.sort(byRank);
  const start =
    after === undefined
      ? 0
      : ranked.findIndex((r) => byRank(r, { rank: after.rank ?? 0, conversation: after }) > 0);
  return start < 0 ? [] : ranked.slice(start, start + limit);
}
