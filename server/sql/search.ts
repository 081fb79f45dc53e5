// `q` in SQL: the domain's parse of the text (src/domain/search.ts) as a tsquery over the
// conversations' search column (migration 0009), and `#123` as the conversation's own id.
import { parseSearch } from '../../src/domain';

type Param = (value: unknown) => string;

export interface SearchSql {
  /** The WHERE condition. */
  condition: string;
  /** Best first: 1000 for the conversation's own `#id`, plus ts_rank (below 1). */
  rank: string;
}

/**
 * The tsquery text of the words: each quoted (the words hold no quote: quotes are separators),
 * all required, the last as a prefix so that results follow the typing.
 */
export function tsqueryText(terms: readonly string[]): string {
  return terms.map((t, i) => `'${t}'${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** Null without `q`; text with neither a word nor an `#id` (only punctuation) finds nothing. */
export function searchSql(q: string | undefined, param: Param): SearchSql | null {
  if (q === undefined || q.trim() === '') return null;
  const { ids, terms } = parseSearch(q);
  if (ids.length === 0 && terms.length === 0) return { condition: 'false', rank: '0::float8' };
  const own = ids.length > 0 ? `c.id = ANY(${param(ids)}::int[])` : null;
  const query = terms.length > 0 ? `to_tsquery('simple', ${param(tsqueryText(terms))})` : null;
  const found = query === null ? null : `c.search @@ ${query}`;
  const condition = [own, found].filter((s) => s !== null).join(' OR ');
  const ownRank = own === null ? '0' : `CASE WHEN ${own} THEN 1000 ELSE 0 END`;
  const textRank = query === null ? '0' : `ts_rank(c.search, ${query})::float8`;
  return { condition: `(${condition})`, rank: `(${ownRank} + ${textRank})` };
}
