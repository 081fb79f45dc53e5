// How large one conversation may grow (SPEC section 8, bounded growth). The reducer refuses a
// change past a limit with the reason below, so the UI's optimistic path, the mock API and the
// server answer alike (422 from the API), and nothing grows a row or a thread without bound.
import type { Conversation } from './types';

export const LIMITS = {
  /** Tags on one conversation. */
  tags: 50,
  /** Agents following one conversation. */
  followers: 100,
  /** Links (tickets and conversations) from one conversation. */
  links: 100,
  /** Characters (code points, once trimmed) in a tag's name. */
  tagName: 50,
} as const;

/** The reason a person reads when a change would pass a limit. */
export const LIMIT_REASONS = {
  tags: `A conversation can have at most ${LIMITS.tags} tags.`,
  followers: `A conversation can have at most ${LIMITS.followers} followers.`,
  links: `A conversation can have at most ${LIMITS.links} links.`,
  tagName: `A tag name can be at most ${LIMITS.tagName} characters.`,
} as const;

type ListLimit = 'tags' | 'followers' | 'links';

const LISTS: { [K in ListLimit]: (c: Conversation) => readonly unknown[] } = {
  tags: (c) => c.conversationTags,
  followers: (c) => c.followers,
  links: (c) => c.links,
};

/** The reason one more entry in the list would pass its limit, or null while there is room. */
export function listFull(c: Conversation, list: ListLimit): string | null {
  return LISTS[list](c).length >= LIMITS[list] ? LIMIT_REASONS[list] : null;
}

/** The reason a (trimmed) tag name is too long, or null. */
export function tagNameTooLong(name: string): string | null {
  // Characters as a person counts them: an emoji is one, not two UTF-16 units.
  return [...name].length > LIMITS.tagName ? LIMIT_REASONS.tagName : null;
}
