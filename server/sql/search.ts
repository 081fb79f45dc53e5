// `q` in SQL: the domain's parse of the text (src/domain/search.ts) as a tsquery over the words
// each conversation is found by (the conversation_search table, migration 0017), and `#123` as
// the conversation's own id.
//
// Best match first is in the domain's tiers (SEARCH_TIERS): the own `#id`, then every word in the
// contact's name or email (the `contact_words` column, migration 0014), then every word anywhere;
// newest first within a tier. Each tier is read newest first and cut at the page's end
// (conversation-list.ts, listBestFirst), and a tier runs only while the ones above it left the
// page short: no match is ranked beyond the page's, however many there are (`ts_rank` over the
// 5,000 matches of a last name took 13 ms at 100,000 conversations).
import { parseSearch, SEARCH_TIERS } from '../../src/domain';

type Param = (value: unknown) => string;

export interface SearchSql {
  /** The WHERE condition. */
  condition: string;
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
  if (ids.length === 0 && terms.length === 0) return { condition: 'false' };
  const own = ids.length > 0 ? `c.id = ANY(${param(ids)}::int[])` : null;
  const found =
    terms.length > 0
      ? `c.id IN (SELECT s.conversation_id FROM conversation_search s
          WHERE s.search @@ to_tsquery('simple', ${param(tsqueryText(terms))}))`
      : null;
  return { condition: `(${[own, found].filter((s) => s !== null).join(' OR ')})` };
}

/**
 * One tier of best-match order: its rank and the condition of its rows (beside the filters), on
 * `c` (conversations) for the own `#id`, on `s` (conversation_search) for a text tier.
 */
export interface SearchTier {
  rank: number;
  condition: string;
  /** A text tier, read from conversation_search: see listBestFirst. */
  windowed: boolean;
}

/** The tiers `q` can match, best first; none for text with neither a word nor an `#id`. */
export function searchTiers(q: string, param: Param): SearchTier[] {
  const { ids, terms } = parseSearch(q);
  const tiers: SearchTier[] = [];
  const own = ids.length > 0 ? `c.id = ANY(${param(ids)}::int[])` : null;
  if (own !== null) tiers.push({ rank: SEARCH_TIERS.own, condition: own, windowed: false });
  if (terms.length === 0) return tiers;
  const notOwn = own === null ? '' : ` AND NOT s.conversation_id = ANY(${param(ids)}::int[])`;
  // Parsed once per statement (a scalar subquery), not for each row a prepared plan tests.
  const query = `(SELECT to_tsquery('simple', ${param(tsqueryText(terms))}))`;
  const inContact = `s.contact_words @@ ${query}`;
  tiers.push(
    { rank: SEARCH_TIERS.contact, condition: `${inContact}${notOwn}`, windowed: true },
    {
      rank: SEARCH_TIERS.anywhere,
      condition: `s.search @@ ${query} AND NOT ${inContact}${notOwn}`,
      windowed: true,
    },
  );
  return tiers;
}
