import { describe, expect, it } from 'vitest';
import { formatInboxSearch, inboxHref, parseId, parseInboxSearch } from './inbox-url';

describe('the inbox address', () => {
  it.each([
    ['', { view: 'open', sort: 'newest' }],
    ['?view=closed&sort=oldest', { view: 'closed', sort: 'oldest' }],
    ['view=spam&sort=sideways', { view: 'spam', sort: 'newest' }],
    ['view=archived', { view: 'open', sort: 'newest' }],
    [
      'view=all&tag=%20billing%20&assignee=me',
      { view: 'all', sort: 'newest', tag: 'billing', assignee: 'me' },
    ],
    ['assignee=42&tag=', { view: 'open', sort: 'newest' }],
  ])('reads %j', (search, expected) => {
    expect(parseInboxSearch(search)).toEqual(expected);
  });

  it('writes view and sort always, filters when set, and round-trips', () => {
    const search = { view: 'pending', sort: 'oldest', tag: 'vip & co', assignee: 'none' } as const;
    expect(formatInboxSearch(search)).toBe('view=pending&sort=oldest&tag=vip+%26+co&assignee=none');
    expect(parseInboxSearch(formatInboxSearch(search))).toEqual(search);
  });

  it('links to a list or a conversation of an inbox', () => {
    expect(inboxHref(1, { view: 'open', sort: 'newest' })).toBe('/inbox/1?view=open&sort=newest');
    expect(inboxHref(1, { view: 'open', sort: 'newest' }, 7)).toBe(
      '/inbox/1/conversations/7?view=open&sort=newest',
    );
  });

  it.each([
    ['1', 1],
    ['42', 42],
    ['0', null],
    ['-1', null],
    ['1.5', null],
    ['abc', null],
    ['99999999999', null],
    [undefined, null],
  ])('takes %j as id %j', (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });
});
