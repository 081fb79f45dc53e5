// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getMockBackend, server } from '../mocks/node';
import {
  contactOf,
  countOf,
  expectCount,
  findRows,
  list,
  PASSWORD,
  renderApp,
  rows,
  setupMockApi,
  testApi,
  toasts,
  toolbar,
} from './test-utils';

setupMockApi();

/** Holds bulk requests until released, to see the screen before the server has answered. */
function holdBulkRequests() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post('*/api/conversations/bulk', async ({ request }) => {
      await released;
      return getMockBackend().fetch(request);
    }),
  );
  return release;
}

const shownIds = () => rows().map((r) => within(r).getByRole('link').getAttribute('href'));

const idOf = (row: HTMLElement | undefined) =>
  Number(
    (row ? within(row).getByRole('link').getAttribute('href') : '')?.match(
      /conversations\/(\d+)/,
    )?.[1],
  );

/** Acts as Sam in another session, then signs Alex's session back in. */
async function asSam(act: () => Promise<void>) {
  await testApi.signIn({ email: 'sam@acme.test', password: PASSWORD });
  await act();
  await testApi.signIn({ email: 'alex@acme.test', password: PASSWORD });
}

describe('bulk actions', () => {
  it('closes 25 at once: the rows leave and the count drops before the server answers; Undo restores them', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const closedBefore = await countOf('Closed');
    const firstBefore = shownIds()[0];

    const release = holdBulkRequests();
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.click(within(toolbar()).getByRole('button', { name: 'Close selected' }));

    // Optimistic: nothing has reached the server yet.
    await expectCount('Open', openBefore - 25);
    expect(shownIds()).not.toContain(firstBefore);
    expect(rows().length).toBe(openBefore - 25);
    expect((await testApi.counts()).open).toBe(openBefore);
    // The toolbar went with the selection; focus went to a row of the list (once the change was
    // painted), not to the page.
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull());
    await waitFor(() => expect(list().contains(document.activeElement)).toBe(true));

    release();
    const undo = await within(toasts()).findByRole('button', { name: 'Undo' });
    expect(toasts()).toHaveTextContent('25 conversations closed');
    expect((await testApi.counts()).open).toBe(openBefore - 25);
    await expectCount('Closed', closedBefore + 25);
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();

    await user.click(undo);
    await expectCount('Open', openBefore);
    await expectCount('Closed', closedBefore);
    await waitFor(() => expect(shownIds()[0]).toBe(firstBefore));
    expect((await testApi.counts()).open).toBe(openBefore);
  });

  it('sends the request once the change has been painted, not inside the frame that shows it', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    await user.click(within(rows()[0] as HTMLElement).getByRole('checkbox'));
    await user.click(within(rows()[1] as HTMLElement).getByRole('checkbox'));

    // The page's frames, held: the change is on the page but not yet painted.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    let sent = 0;
    server.use(
      http.post('*/api/conversations/bulk', ({ request }) => {
        sent += 1;
        return getMockBackend().fetch(request);
      }),
    );
    try {
      await user.click(within(toolbar()).getByRole('button', { name: 'Close selected' }));
      await expectCount('Open', openBefore - 2);
      expect(sent).toBe(0);
      // The frame is painted: the request leaves.
      for (const frame of frames.splice(0)) frame(performance.now());
    } finally {
      vi.unstubAllGlobals();
    }
    await within(toasts()).findByText('2 conversations closed');
    expect(sent).toBe(1);
    expect((await testApi.counts()).open).toBe(openBefore - 2);
  });

  it('puts everything back and says why when the server refuses', async () => {
    server.use(
      http.post('*/api/conversations/bulk', () =>
        HttpResponse.json(
          { error: { code: 'rejected', message: 'Nothing was changed: #3 could not be updated.' } },
          { status: 422 },
        ),
      ),
    );
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const before = rows().map(contactOf);
    await user.click(within(rows()[0] as HTMLElement).getByRole('checkbox'));
    await user.click(within(rows()[1] as HTMLElement).getByRole('checkbox'));
    await user.click(within(toolbar()).getByRole('button', { name: 'Close selected' }));

    await within(toasts()).findByText('Nothing was changed: #3 could not be updated.');
    await expectCount('Open', openBefore);
    await waitFor(() => expect(rows().map(contactOf)).toEqual(before));
    // The selection is back too, to try again.
    expect(toolbar()).toHaveTextContent('2 selected');
  });

  it('snoozes the selection with a preset, and offers Undo', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const snoozedBefore = await countOf('Snoozed');
    await user.click(within(rows()[0] as HTMLElement).getByRole('checkbox'));
    await user.click(within(rows()[1] as HTMLElement).getByRole('checkbox'));
    await user.click(within(toolbar()).getByRole('button', { name: 'Snooze' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tomorrow morning' }));

    await expectCount('Open', openBefore - 2);
    const undo = await within(toasts()).findByRole('button', { name: 'Undo' });
    expect(toasts()).toHaveTextContent('2 conversations snoozed');
    await expectCount('Snoozed', snoozedBefore + 2);
    await user.click(undo);
    await expectCount('Open', openBefore);
    await expectCount('Snoozed', snoozedBefore);
  });

  it('marks the selection as spam, and Undo takes it back out', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const spamBefore = await countOf('Spam');
    await user.click(within(rows()[2] as HTMLElement).getByRole('checkbox'));
    await user.click(within(toolbar()).getByRole('button', { name: 'Mark as spam' }));
    await expectCount('Open', openBefore - 1);
    await user.click(await within(toasts()).findByRole('button', { name: 'Undo' }));
    await expectCount('Spam', spamBefore);
    await expectCount('Open', openBefore);
    expect(await testApi.counts()).toMatchObject({ open: openBefore, spam: spamBefore });
  });

  it('closes although a teammate set a priority meanwhile (only status or messages conflict)', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const [first, second] = rows();
    const secondId = idOf(second);

    // The other session: Sam raises the priority of the second one while Alex's list is as it was.
    await asSam(async () => {
      const seen = await testApi.getConversation(secondId);
      const priority = seen.priority === 'urgent' ? 'low' : 'urgent';
      await testApi.updateConversation(secondId, { priority }, { ifMatch: seen.version });
    });

    await user.click(within(first as HTMLElement).getByRole('checkbox'));
    await user.click(within(second as HTMLElement).getByRole('checkbox'));
    await user.click(within(toolbar()).getByRole('button', { name: 'Close selected' }));
    await within(toasts()).findByText('2 conversations closed');
    await expectCount('Open', openBefore - 2);
    expect((await testApi.getConversation(secondId)).status).toBe('closed');
  });

  it('is refused whole (409) when a teammate changed a status meanwhile: rolled back, refreshed, the contact named', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    const [first, second] = rows();
    const [firstId, secondId] = [idOf(first), idOf(second)];
    const before = rows().map(contactOf);
    expect(shownIds()).toContain(
      within(second as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    );
    const name = contactOf(second as HTMLElement);

    await asSam(async () => {
      const seen = await testApi.getConversation(secondId);
      await testApi.updateConversation(secondId, { status: 'pending' }, { ifMatch: seen.version });
    });

    await user.click(within(first as HTMLElement).getByRole('checkbox'));
    await user.click(within(second as HTMLElement).getByRole('checkbox'));
    await user.click(within(toolbar()).getByRole('button', { name: 'Close selected' }));

    await within(toasts()).findByText(
      `Nothing was changed: ${name}'s conversation is now pending. You are now seeing the latest version.`,
    );
    // Nothing closed, on the screen or on the server; no Undo for a change that did not happen.
    // The refresh shows Open as it is now: the first still there, Sam's pending one gone.
    await expectCount('Open', openBefore - 1);
    const secondHref = within(second as HTMLElement)
      .getByRole('link')
      .getAttribute('href');
    await waitFor(() => expect(shownIds()).not.toContain(secondHref));
    expect(rows().map(contactOf)[0]).toBe(before[0]);
    expect(within(toasts()).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect((await testApi.getConversation(firstId)).status).toBe('open');
    expect((await testApi.getConversation(secondId)).status).toBe('pending');
  });
});
