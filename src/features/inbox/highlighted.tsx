import { useMemo } from 'react';
import { matchRanges } from './match-ranges';

export interface HighlightedProps {
  text: string;
  /** The search; its words are marked where they start a word of the text. */
  q?: string | undefined;
}

/** Text with the search's words in <mark>, as the search found them. */
export function Highlighted({ text, q }: HighlightedProps) {
  const ranges = useMemo(() => (q ? matchRanges(text, q) : []), [text, q]);
  if (ranges.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
