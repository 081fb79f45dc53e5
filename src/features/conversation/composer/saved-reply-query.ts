// What the agent is typing after a `#` at the start of a word: the saved replies' filter.

export interface HashQuery {
  /** Where the `#` is. */
  start: number;
  /** What is typed after it. */
  query: string;
}

/** The open `#` at the caret: at the start of the text or after whitespace, then a word or two. */
export function hashAt(text: string, caret: number): HashQuery | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)#([\p{L}\p{N}_.-]{0,30}(?: [\p{L}\p{N}_.-]{1,30})?)$/u.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** The text with `#query` replaced by the reply, and where the caret goes after it. */
export function insertReply(
  text: string,
  at: HashQuery,
  reply: string,
): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  return {
    text: text.slice(0, at.start) + reply + text.slice(end),
    caret: at.start + reply.length,
  };
}

/** Where the "Saved replies" button puts a `#`: at the caret, after a space if a word ends there. */
export function withHashAt(text: string, caret: number): { text: string; caret: number } {
  const needsSpace = caret > 0 && !/\s/.test(text[caret - 1] ?? '');
  const mark = needsSpace ? ' #' : '#';
  return { text: text.slice(0, caret) + mark + text.slice(caret), caret: caret + mark.length };
}
