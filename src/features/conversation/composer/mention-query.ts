// What the agent is typing after an `@` at the caret, and the agents that match it.
import type { MentionAgent } from '../thread/mention-segments';

export interface MentionQuery {
  /** Where the `@` is. */
  start: number;
  /** The letters typed after it. */
  query: string;
}

/** The open mention at the caret: `@` at the start or after whitespace, then name characters. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)@([\p{L}\p{N}_.-]{0,30})$/u.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Agents whose full name or any word of it starts with the query. */
export function matchAgents<A extends MentionAgent>(
  agents: readonly A[],
  query: string,
  limit = 8,
): A[] {
  const q = query.toLowerCase();
  return agents
    .filter((a) => {
      const name = a.name.toLowerCase();
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}

/** The text with the mention replaced by `@Name ` and where the caret goes after it. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  name: string,
): { text: string; caret: number } {
  const end = mention.start + 1 + mention.query.length;
  const inserted = `@${name} `;
  const rest = text.slice(end).replace(/^ /, '');
  return {
    text: text.slice(0, mention.start) + inserted + rest,
    caret: mention.start + inserted.length,
  };
}
