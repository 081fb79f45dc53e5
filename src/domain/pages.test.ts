// The app's page addresses: each page's strict matcher reads its own addresses and no other,
// and reads back the pathname it writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGES, type PageName } from './pages';
import { SAMPLE_PATHNAMES } from './test-fixtures';

const NAMES = Object.keys(PAGES) as PageName[];

describe('PAGES', () => {
  it.each(SAMPLE_PATHNAMES)('reads $pathname as $page', ({ pathname, page, params }) => {
    for (const name of NAMES)
      expect(PAGES[name].match(pathname)).toEqual(name === page ? params : null);
  });

  it("declares the router's patterns", () => {
    expect(PAGES.inbox.pattern).toBe('/inbox/:inboxId');
    expect(PAGES.conversation.pattern).toBe('/inbox/:inboxId/conversations/:conversationId');
    expect(PAGES.home.pattern).toBe('/');
    expect(PAGES.reports.pattern).toBe('/reports');
  });

  it('writes the pathname of a page', () => {
    expect(PAGES.inbox.path({ inboxId: 1 })).toBe('/inbox/1');
    expect(PAGES.conversation.path({ inboxId: 12, conversationId: 345 })).toBe(
      '/inbox/12/conversations/345',
    );
    expect(PAGES.home.path({})).toBe('/');
    expect(PAGES.settings.path({})).toBe('/settings');
  });

  it('reads back the ids of the pathname it writes, as that page only', () => {
    const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(id, id, (inboxId, conversationId) => {
        const inbox = PAGES.inbox.path({ inboxId });
        const conversation = PAGES.conversation.path({ inboxId, conversationId });
        expect(PAGES.inbox.match(inbox)).toEqual({ inboxId: String(inboxId) });
        expect(PAGES.conversation.match(inbox)).toBeNull();
        expect(PAGES.conversation.match(conversation)).toEqual({
          inboxId: String(inboxId),
          conversationId: String(conversationId),
        });
        expect(PAGES.inbox.match(conversation)).toBeNull();
      }),
    );
  });
});
