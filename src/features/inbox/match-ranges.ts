// Where the search's words are in a row's text: the same words the search matched (split and
// lower-cased by the domain's tokenizer; the last one as a prefix), so what is marked is why the
// row was found.
import { parseSearch, SEARCH_SEPARATORS } from '../../domain';

/** [start, end) of each marked stretch, in order, not overlapping. */
export function matchRanges(text: string, q: string): [number, number][] {
  const { terms } = parseSearch(q);
  if (terms.length === 0) return [];
  const last = terms.length - 1;
  const ranges: [number, number][] = [];
  const separators = new RegExp(SEARCH_SEPARATORS.source, 'gu');
  let start = 0;
  const visit = (end: number) => {
    const word = text.slice(start, end).toLowerCase();
    if (word !== '') {
      for (const [i, term] of terms.entries()) {
        if (word === term) {
          ranges.push([start, end]);
          break;
        }
        // The last word is typed still: mark what of the word it covers.
        if (i === last && word.startsWith(term)) {
          ranges.push([start, start + term.length]);
          break;
        }
      }
    }
  };
  for (const m of text.matchAll(separators)) {
    visit(m.index);
    start = m.index + m[0].length;
  }
  visit(text.length);
  return ranges;
}
