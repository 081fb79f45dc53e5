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

/** Where a text was found: the contact (name and email), a ticket's title, a message. */
export type SearchWeight = 'contact' | 'ticket' | 'message';

export interface SearchText {
  text: string;
  weight: SearchWeight;
}

/**
 * Best match first, in tiers that an index can read in order (server/sql/search.ts): the
 * conversation's own `#id`, then every word found in the contact's own name or email, then every
 * word found anywhere; within a tier, the newest conversation (the higher id) first.
 */
export const SEARCH_TIERS = { own: 2, contact: 1, anywhere: 0 } as const;

/** Whether a word of a text satisfies a term: the same word, or any word it starts for the last. */
function termMatches(term: string, token: string, isLast: boolean): boolean {
  return isLast ? token.startsWith(term) : token === term;
}

/**
 * A conversation's tier (SEARCH_TIERS), or null when it does not match: its own `#id`, or every
 * word found in its texts.
 */
export function searchRank(
  search: ParsedSearch,
  id: number,
  texts: Iterable<SearchText>,
): number | null {
  if (search.ids.includes(id)) return SEARCH_TIERS.own;
  if (search.terms.length === 0) return null;
  const anywhere = new Set<number>();
  const inContact = new Set<number>();
  for (const { text, weight } of texts) {
    for (const token of searchTokens(text)) {
      search.terms.forEach((term, i) => {
        if (!termMatches(term, token, i === search.terms.length - 1)) return;
        anywhere.add(i);
        if (weight === 'contact') inContact.add(i);
      });
    }
  }
  if (inContact.size === search.terms.length) return SEARCH_TIERS.contact;
  return anywhere.size === search.terms.length ? SEARCH_TIERS.anywhere : null;
}
