import { describe, expect, it } from 'vitest';
import {
  FILTER_FIELDS,
  filterFromKey,
  filterKey,
  matchesFilter,
  resolveFilter,
  type ConversationFilter,
  type FilterContext,
} from './filter';
import type { SearchText } from './search';
import { conversation, sam } from './test-fixtures';

const vip = conversation({
  status: 'pending',
  assigneeId: sam.id,
  conversationTags: [{ name: 'VIP', color: '#22c55e' }],
});
const plain = conversation({ status: 'open' });
const spam = conversation({ status: 'spam', statusBeforeSpam: 'open' });

const texts: Record<number, SearchText[]> = {};
const withText = (id: number, ...found: string[]) => {
  texts[id] = found.map((text) => ({ text, weight: 'message' }));
  return conversation({ id, status: 'open' });
};
const refund = withText(1, 'Dana Cole', 'dana@example.test', 'About my REFUND');
const percent = withText(2, 'Bo', 'bo@example.test', 'Got 100% off');

const asSam: FilterContext = { meId: sam.id };
const noted: FilterContext = {
  meId: sam.id,
  mentionsOf: (c) => (c.assigneeId === sam.id ? [sam.id] : []),
};
const searching: FilterContext = { searchText: (c) => texts[c.id] ?? [] };

describe('matchesFilter', () => {
  it.each<[string, typeof vip, Partial<ConversationFilter>, FilterContext, boolean]>([
    ['an empty filter keeps everything', spam, {}, {}, true],
    ['the view', plain, { view: 'open' }, {}, true],
    ['another view', vip, { view: 'open' }, {}, false],
    ['all leaves out spam', spam, { view: 'all' }, {}, false],
    ['all keeps the rest', vip, { view: 'all' }, {}, true],
    ['a tag, whatever its case', vip, { view: 'all', tag: 'vip' }, {}, true],
    ['a tag it does not have', plain, { view: 'all', tag: 'vip' }, {}, false],
    ['a tag, in the wrong view', vip, { view: 'open', tag: 'VIP' }, {}, false],
    ['an agent id', vip, { view: 'all', assignee: sam.id }, {}, true],
    ['another agent id', vip, { view: 'all', assignee: sam.id + 1 }, {}, false],
    ['me, as that agent', vip, { view: 'all', assignee: 'me' }, asSam, true],
    ['me, unknown', vip, { view: 'all', assignee: 'me' }, {}, false],
    ['me, unassigned', plain, { view: 'all', assignee: 'me' }, asSam, false],
    ['none', plain, { view: 'all', assignee: 'none' }, {}, true],
    ['none, assigned', vip, { view: 'all', assignee: 'none' }, {}, false],
    ['a word in a message, any case', refund, { q: 'refund' }, searching, true],
    ['a word in the contact', refund, { q: 'cole' }, searching, true],
    ['an address, split into words', refund, { q: '  dana@example ' }, searching, true],
    ['every word, in any order', refund, { q: 'my about' }, searching, true],
    ['the last word as a prefix', refund, { q: 'about ref' }, searching, true],
    ['an earlier word is whole', refund, { q: 'ref about' }, searching, false],
    ['a word found nowhere', refund, { q: 'invoice' }, searching, false],
    ['one missing word', refund, { q: 'refund invoice' }, searching, false],
    ['a number inside a word', percent, { q: '100' }, searching, true],
    ['its own #id', refund, { q: '#1' }, searching, true],
    ['another #id', percent, { q: '#7' }, searching, false],
    ['punctuation alone finds nothing', refund, { q: '%' }, searching, false],
    ['blank text does not narrow', refund, { q: '   ' }, searching, true],
    ['text without a source does not narrow', refund, { q: 'invoice' }, {}, true],
    ['a channel', plain, { channel: 'chat' }, {}, true],
    ['another channel', plain, { channel: 'email' }, {}, false],
    ['a priority', plain, { priority: 'none' }, {}, true],
    ['another priority', plain, { priority: 'urgent' }, {}, false],
    ['no team', plain, { team: 'none' }, {}, true],
    ['a team it is not in', plain, { team: 3 }, {}, false],
    ['a team', conversation({ teamId: 3 }), { team: 3 }, {}, true],
    ['mentions of me', vip, { mentions: 'me' }, noted, true],
    ['no mention of me', plain, { mentions: 'me' }, noted, false],
    ['mentions, unknown', plain, { mentions: 'me' }, asSam, true],
    ['updated at the time given', plain, { updatedSince: plain.updatedAt }, {}, true],
    ['updated before it', plain, { updatedSince: plain.updatedAt + 1 }, {}, false],
    ['every field must match', vip, { view: 'pending', tag: 'vip', assignee: 'none' }, {}, false],
  ])('%s', (_name, c, filter, context, expected) => {
    expect(matchesFilter(c, filter, context)).toBe(expected);
  });
});

describe('filterKey', () => {
  it.each<[ConversationFilter, string]>([
    [{ view: 'open' }, '{}'],
    [{ view: 'open', tag: undefined, assignee: undefined, q: undefined }, '{}'],
    [{ view: 'all' }, '{"view":"all"}'],
    [
      { q: 'x', assignee: 'me', tag: 'vip', view: 'spam' },
      '{"view":"spam","tag":"vip","assignee":"me","q":"x"}',
    ],
    [{ assignee: 7, view: 'open' }, '{"assignee":7}'],
  ])('%j -> %s', (filter, key) => {
    expect(filterKey(filter)).toBe(key);
  });

  it('tells filters apart and reads back', () => {
    const filters: ConversationFilter[] = [
      { view: 'open' },
      { view: 'closed', tag: 'vip' },
      { view: 'open', assignee: 'me' },
      { view: 'open', assignee: 7 },
      { view: 'open', assignee: 'none', q: 'refund' },
      { view: 'all', tag: '' },
    ];
    const keys = filters.map(filterKey);
    expect(new Set(keys).size).toBe(filters.length);
    for (const [i, key] of keys.entries()) expect(filterFromKey(key)).toEqual(filters[i]);
  });

  it('knows every field', () => {
    expect(FILTER_FIELDS).toEqual([
      'view',
      'tag',
      'assignee',
      'q',
      'channel',
      'priority',
      'team',
      'mentions',
      'updatedSince',
    ]);
  });
});

describe('resolveFilter', () => {
  it('puts the agent for me and leaves the rest', () => {
    expect(resolveFilter({ view: 'all', assignee: 'me', tag: 'vip' }, 7)).toEqual({
      view: 'all',
      assignee: 7,
      tag: 'vip',
    });
    expect(filterKey(resolveFilter({ view: 'all', assignee: 'none' }, 7))).toBe(
      '{"view":"all","assignee":"none"}',
    );
    expect(filterKey(resolveFilter({ view: 'all' }, 7))).toBe('{"view":"all"}');
  });
});
