// The limits of SPEC section 8 as a table: at a limit the reducer refuses one more (with the
// reason a person reads) and changes nothing; one below it, it accepts; what is already there
// stays a no-op, and taking one away is always allowed.
import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from './events';
import { LIMIT_REASONS, LIMITS } from './limits';
import { reduce } from './reducer';
import { NOW, alex, conversation, sam, settings } from './test-fixtures';
import type { Conversation, Link, Tag } from './types';

const tags = (n: number): Tag[] =>
  Array.from({ length: n }, (_, i) => ({ name: `tag-${i}`, color: '#22c55e' }));
const followers = (n: number): number[] => Array.from({ length: n }, (_, i) => 1000 + i);
const links = (n: number): Link[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'ticket', id: i + 1 }));
const addTag = (name: string): ConversationEvent => ({
  type: 'add_tag',
  tag: { name, color: '#22c55e' },
  actor: sam,
});
const link = (id: number): ConversationEvent => ({
  type: 'add_link',
  link: { type: 'ticket', id },
  actor: sam,
});

interface Row {
  name: string;
  given: Partial<Conversation>;
  event: ConversationEvent;
  expect: { rejected: string } | { changed: boolean };
}

// prettier-ignore
const ROWS: Row[] = [
  { name: 'a 50th tag is added', given: { conversationTags: tags(49) }, event: addTag('one-more'), expect: { changed: true } },
  { name: 'a 51st tag is refused', given: { conversationTags: tags(50) }, event: addTag('one-more'), expect: { rejected: LIMIT_REASONS.tags } },
  { name: 'a tag it has, at the limit, is a no-op', given: { conversationTags: tags(50) }, event: addTag('TAG-7'), expect: { changed: false } },
  { name: 'a tag is removed at the limit', given: { conversationTags: tags(50) }, event: { type: 'remove_tag', name: 'tag-3', actor: sam }, expect: { changed: true } },
  { name: 'a tag name of 50 characters is added', given: {}, event: addTag('x'.repeat(50)), expect: { changed: true } },
  { name: 'a tag name of 50 once trimmed is added', given: {}, event: addTag(` ${'x'.repeat(50)} `), expect: { changed: true } },
  { name: 'a tag name of 50 emoji is added (characters, not UTF-16 units)', given: {}, event: addTag('😀'.repeat(50)), expect: { changed: true } },
  { name: 'a tag name of 51 characters is refused', given: {}, event: addTag('x'.repeat(51)), expect: { rejected: LIMIT_REASONS.tagName } },
  { name: 'a 100th follower follows', given: { followers: followers(99) }, event: { type: 'follow', agentId: alex.id }, expect: { changed: true } },
  { name: 'a 101st follower is refused', given: { followers: followers(100) }, event: { type: 'follow', agentId: alex.id }, expect: { rejected: LIMIT_REASONS.followers } },
  { name: 'a follower already following, at the limit, is a no-op', given: { followers: followers(100) }, event: { type: 'follow', agentId: 1000 }, expect: { changed: false } },
  { name: 'a follower unfollows at the limit', given: { followers: followers(100) }, event: { type: 'unfollow', agentId: 1000 }, expect: { changed: true } },
  { name: 'a 100th link is added', given: { links: links(99) }, event: link(500), expect: { changed: true } },
  { name: 'a 101st link is refused', given: { links: links(100) }, event: link(500), expect: { rejected: LIMIT_REASONS.links } },
  { name: 'a link it has, at the limit, is a no-op', given: { links: links(100) }, event: link(1), expect: { changed: false } },
];

describe('limits of a conversation (SPEC section 8)', () => {
  it('are the ones the SPEC names', () => {
    expect(LIMITS).toEqual({ tags: 50, followers: 100, links: 100, tagName: 50 });
  });

  it.each(ROWS)('$name', ({ given, event, expect: want }) => {
    const before = conversation(given);
    const outcome = reduce(before, event, NOW, settings());
    expect(outcome.ok ? { changed: outcome.changed } : { rejected: outcome.reason }).toEqual(want);
    // A refusal or a no-op leaves the conversation as it was.
    const unchanged = !outcome.ok || !outcome.changed;
    expect(unchanged && outcome.ok ? outcome.conversation : before).toBe(before);
  });
});
