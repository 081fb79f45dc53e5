// Each order of the list in SQL: what it sorts by, and the keyset condition that starts a page
// strictly after the cursor's row, so rows changing between pages neither repeat nor vanish.
import type { ConversationQuery } from '../../src/backend/store';
import type { Param } from './conversation-list';

export interface ListOrder {
  orderBy: string;
  /** The condition after the cursor, or null on the first page. */
  after: string | null;
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
      return { orderBy: 'c.waiting_since ASC NULLS LAST, c.id ASC', after: condition };
    }
    case 'relevance':
      // Best-match order is read tier by tier (bestFirstSql in conversation-list.ts).
      throw new Error('listOrder: best-match order has no single ORDER BY');
  }
}
