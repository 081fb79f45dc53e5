// The specs' vocabulary as Playwright fixtures, as in tldraw's e2e: a spec asks for what it uses,
// `test('…', async ({ inbox, conversation }) => …)`, and each comes built on the test's page.
import { test as base } from '@playwright/test';
import { ConversationPage } from './pages/conversation-page';
import { InboxPage } from './pages/inbox-page';

export interface PageFixtures {
  /** The inbox: sign in, views and their counts, sort, selection, bulk close, undo. */
  inbox: InboxPage;
  /** The conversation pane: open one, reply, notes, tags, status, snooze, spam. */
  conversation: ConversationPage;
}

export const test = base.extend<PageFixtures>({
  inbox: async ({ page }, provide) => {
    await provide(new InboxPage(page));
  },
  conversation: async ({ page }, provide) => {
    await provide(new ConversationPage(page));
  },
});

export { expect } from '@playwright/test';
