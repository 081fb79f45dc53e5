// What `q` means, once for every store: words split at the same separators the database's text
// search column uses (migration 0009 turns each of these characters into a space before
// `to_tsvector('simple', …)`), every word must be found, the last one as a prefix (results follow
// the typing), and `#123` also finds conversation 123 itself, first.

/**
 * ASCII characters other than letters and digits, and the typographic punctuation phones type
 * (curly quotes and apostrophes, dashes, ellipsis, guillemets, non-breaking space). The SQL twin
 * is in server/db/migrations/0009-find.ts; server/sql/search.test.ts proves they split alike.
 */
export const SEARCH_SEPARATORS =
  // oxlint-disable-next-line no-control-regex -- control characters separate words, as in the SQL twin
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+/u;

/** At most this many words of a query count: a longer query narrows no further in practice. */
export const MAX_SEARCH_TERMS = 8;

/** The words of a text, lower-cased, as the search column holds them. */
export function searchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(SEARCH_SEPARATORS)
    .filter((t) => t !== '');
}

export interface ParsedSearch {
  /** Conversation numbers written `#123`. */
  ids: number[];
  /** The words, every one of which must be found; the last one as a prefix. */
  terms: string[];
}

export function parseSearch(q: string): ParsedSearch {
  const ids = [...q.matchAll(/#(\d{1,9})\b/g)].map((m) => Number(m[1])).filter((n) => n > 0);
  return { ids: [...new Set(ids)], terms: searchTokens(q).slice(0, MAX_SEARCH_TERMS) };
}

/** Where a text was found, weighted as the database weighs it: the contact, tickets, messages. */
export type SearchWeight = 'contact' | 'ticket' | 'message';

/** ts_rank's default weights of the labels A (contact), B (ticket) and D (message). */
const WEIGHTS: Record<SearchWeight, number> = { contact: 1, ticket: 0.4, message: 0.1 };

export interface SearchText {
  text: string;
  weight: SearchWeight;
}

/** Whether a word of a text satisfies a term: the same word, or any word it starts for the last. */
function termMatches(term: string, token: string, isLast: boolean): boolean {
  return isLast ? token.startsWith(term) : token === term;
}

/**
 * How well a conversation matches, 0 when it does not: 1000 for its own `#id`, else a score that
 * grows with matches and their weight (the memory store's stand-in for ts_rank; the order it
 * gives agrees with the database's where one conversation clearly matches better).
 */
export function searchRank(search: ParsedSearch, id: number, texts: Iterable<SearchText>): number {
  const own = search.ids.includes(id) ? 1000 : 0;
  if (search.terms.length === 0) return own;
  const found = new Set<number>();
  let score = 0;
  for (const { text, weight } of texts) {
    for (const token of searchTokens(text)) {
      search.terms.forEach((term, i) => {
        if (!termMatches(term, token, i === search.terms.length - 1)) return;
        found.add(i);
        score += WEIGHTS[weight];
      });
    }
  }
  const all = found.size === search.terms.length;
  if (!all) return own;
  // Bounded below 1, like ts_rank's usual range, so that an own `#id` always comes first.
  return own + score / (score + 1);
}
