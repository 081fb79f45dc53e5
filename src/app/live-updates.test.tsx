// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FetchEventSource } from './testing/fetch-event-source';
import {
  ACME_TOKEN,
  countOf,
  expectCount,
  findRows,
  renderApp,
  rows,
  setupMockApi,
  testApi,
} from './test-utils';

setupMockApi();

describe('live updates', () => {
  it('shows a conversation that arrived through the API, without a reload', async () => {
    await renderApp('/inbox/1?view=open&sort=newest', { liveUpdates: true });
    await findRows();
    const openBefore = await countOf('Open');
    // The change feed starts after the newest change when it connects: connect first.
    await waitFor(() =>
      expect(FetchEventSource.instances.some((s) => s.readyState === FetchEventSource.OPEN)).toBe(
        true,
      ),
    );

    await testApi.inbound(ACME_TOKEN, {
      channel: 'chat',
      contact: { email: 'newt.person@example.com', name: 'Newt Person' },
      body: 'Hello, is anyone there?',
    });

    await waitFor(
      () =>
        expect(within(rows()[0] as HTMLElement).getByRole('link').textContent).toMatch(
          /^Newt Person/,
        ),
      {
        timeout: 3000,
      },
    );
    await expectCount('Open', openBefore + 1);
    screen.getByText('Hello, is anyone there?');
  });

  it('follows another agent closing a conversation', async () => {
    await renderApp('/inbox/1?view=open&sort=newest', { liveUpdates: true });
    const [first] = await findRows();
    const openBefore = await countOf('Open');
    await waitFor(() =>
      expect(FetchEventSource.instances.some((s) => s.readyState === FetchEventSource.OPEN)).toBe(
        true,
      ),
    );
    const href = first ? within(first).getByRole('link').getAttribute('href') : null;
    const id = Number(/conversations\/(\d+)/.exec(href ?? '')?.[1]);

    await testApi.updateConversation(id, { status: 'closed' });

    await expectCount('Open', openBefore - 1);
    await waitFor(() =>
      expect(rows().map((r) => within(r).getByRole('link').getAttribute('href'))).not.toContain(
        href,
      ),
    );
  });
});
