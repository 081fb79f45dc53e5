// Each order of the list in SQL: what it sorts by, and the keyset condition that starts a page
// strictly after the cursor's row, so rows changing between pages neither repeat nor vanish.
import type { ConversationQuery } from '../../src/backend/store';
import type { Param } from './conversation-list';
import { searchSql } from './search';

export interface ListOrder {
  orderBy: string;
  /** The condition after the cursor, or null on the first page. */
  after: string | null;
  /** The rank's expression, selected for the next cursor; null unless best-match order. */
  rank: string | null;
}

export function listOrder(query: ConversationQuery, param: Param): ListOrder {
  const { after } = query;
  switch (query.sort) {
    case 'newest':
    case 'oldest': {
      const newest = query.sort === 'newest';
      const direction = newest ? 'DESC' : 'ASC';
      return {
        orderBy: `c.updated_at ${direction}, c.id ${direction}`,
        // A row comparison, so the index on (…, updated_at DESC, id DESC) can seek straight to it.
        after:
          after === undefined
            ? null
            : `(c.updated_at, c.id) ${newest ? '<' : '>'} (${param(after.updatedAt)}, ${param(after.id)})`,
        rank: null,
      };
    }
    case 'waiting': {
      // Answered conversations (NULL) come after every waiting one.
      let condition: string | null = null;
      if (after !== undefined) {
        const w = after.waitingSince ?? null;
        condition =
          w === null
            ? `(c.waiting_since IS NULL AND c.id > ${param(after.id)})`
            : `(c.waiting_since IS NULL OR (c.waiting_since, c.id) > (${param(w)}, ${param(after.id)}))`;
      }
      return { orderBy: 'c.waiting_since ASC NULLS LAST, c.id ASC', after: condition, rank: null };
    }
    case 'relevance': {
      const rank = searchSql(query.q, param)?.rank ?? '0::float8';
      return {
        orderBy: `${rank} DESC, c.id DESC`,
        after:
          after === undefined
            ? null
            : `(${rank}, c.id) < (${param(after.rank ?? 0)}::float8, ${param(after.id)})`,
        rank,
      };
    }
  }
}
