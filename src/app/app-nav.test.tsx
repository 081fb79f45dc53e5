// @vitest-environment happy-dom
// The workspace's links mark where the agent is, by the pages of PAGES: the inbox on its list and
// on a conversation beside it, Reports on its own page.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../domain';
import { PASSWORD, renderApp, setupMockApi, testApi } from './test-utils';

setupMockApi();

/** The names of the workspace's links, each with whether it is marked as the current page. */
async function marked(): Promise<Record<string, boolean>> {
  const nav = await screen.findByRole('navigation', { name: 'Workspace' }, { timeout: 3000 });
  return Object.fromEntries(
    within(nav)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('aria-current') === 'page']),
  );
}

describe('the workspace links', () => {
  it('mark the inbox on a conversation beside its list, and Reports once it is opened', async () => {
    await testApi.signIn({ email: 'alex@acme.test', password: PASSWORD });
    const page = await testApi.listConversations({ view: 'open', limit: 1 });
    const first = page.data[0];
    if (!first) throw new Error('the demo data has no open conversation');
    const { user, url } = await renderApp(
      `${PAGES.conversation.path({ inboxId: first.inboxId, conversationId: first.id })}?view=open`,
    );
    expect(await marked()).toEqual({ Inbox: true, Reports: false });

    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    await user.click(within(nav).getByRole('link', { name: 'Reports' }));
    expect(url()).toBe(PAGES.reports.path({}));
    await screen.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 3000 });
    expect(await marked()).toEqual({ Inbox: false, Reports: true });
  });
});
