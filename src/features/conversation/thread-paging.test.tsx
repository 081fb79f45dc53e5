// @vitest-environment happy-dom
// A long thread opens at its end after one request, and older pages come as the agent scrolls up.
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { conversationKeys } from '../../queries';
import { getMockBackend, inStore, server } from './testing/mock-api';
import { firstIn, setUpPaneTests } from './testing/pane-test-environment';
import { renderPane, signIn } from './testing/render-pane';

setUpPaneTests();

const MESSAGES = '*/api/conversations/:id/messages';

/**
 * `n` messages after the conversation's own (later in time too: a thread reads in time order), a
 * second apart.
 */
async function longThread(n: number) {
  const me = await signIn();
  const open = await firstIn('open');
  await inStore(async (tx) => {
    const [newest] = await tx.listMessages(1, open.id, { order: 'newest', limit: 1 });
    const start = Math.max(Date.now() - (n + 60) * 1000, (newest?.createdAt ?? 0) + 1000);
    for (let i = 0; i < n; i += 1) {
      await tx.insertMessage({
        orgId: 1,
        conversationId: open.id,
        type: 'chat',
        authorType: i % 2 === 0 ? 'contact' : 'agent',
        authorId: i % 2 === 0 ? open.contactId : me.id,
        body: `Bulk message ${i + 1}`,
        createdAt: start + i * 1000,
        mentions: [],
        idempotencyKey: null,
      });
    }
  });
  const first = await inStore((tx) => tx.listMessages(1, open.id, { limit: 1 }));
  return { me, conversation: open, firstBody: first[0]?.body ?? '' };
}

interface Watch {
  /** Every GET of the thread, in order. */
  requests: URL[];
  /** Older pages wait for this until `release()`. */
  hold(): void;
  release(): void;
  /** The next older page fails. */
  failNext(): void;
}

/** Counts the thread's requests on their way to the mock backend, and can hold or fail them. */
function watchThread(): Watch {
  const requests: URL[] = [];
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let fail = false;
  server.use(
    http.get(MESSAGES, async ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      if (url.searchParams.has('cursor')) {
        if (gate) await gate;
        if (fail) {
          fail = false;
          return HttpResponse.json(
            { error: { code: 'internal', message: 'The database is restarting.' } },
            { status: 500 },
          );
        }
      }
      return getMockBackend().fetch(request);
    }),
  );
  return {
    requests,
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => {
      gate = null;
      open();
    },
    failNext: () => {
      fail = true;
    },
  };
}

/** Scrolls the thread as a person would; the browser then tells it (a scroll event). */
async function scrollThreadTo(log: HTMLElement, top: number) {
  await act(async () => {
    log.scrollTop = top;
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

/** Where a row's top is on screen: its place in the canvas less how far the thread is scrolled. */
function screenTop(log: HTMLElement, text: string): number {
  const row = within(log).getByText(text).closest<HTMLElement>('[data-index]');
  const match = /^(-?[\d.]+)px$/.exec(row?.style.top ?? '');
  if (!match?.[1]) throw new Error(`no row for ${text}`);
  return Number(match[1]) - log.scrollTop;
}

const olderPages = (w: Watch) => w.requests.filter((u) => u.searchParams.has('cursor'));

describe('a long thread, page by page', () => {
  it('opens at the newest after one request, and reads no other page until asked', async () => {
    const { me, conversation } = await longThread(2000);
    const watch = watchThread();
    renderPane(conversation.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Bulk message 2000');
    expect(watch.requests).toHaveLength(1);
    expect(watch.requests[0]?.searchParams.get('order')).toBe('newest');
    expect(watch.requests[0]?.searchParams.has('cursor')).toBe(false);
    // Sitting at the bottom reads nothing more.
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(watch.requests).toHaveLength(1);
    expect(screen.queryByRole('status', { name: 'Loading earlier messages' })).toBeNull();
  });

  it('loads older pages as the agent scrolls up, keeping the row being read in place', async () => {
    const { me, conversation, firstBody } = await longThread(250);
    const watch = watchThread();
    renderPane(conversation.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Bulk message 250');

    watch.hold();
    await scrollThreadTo(log, 0);
    // The newest page is messages 151 to 250: the top of it is on screen, and more is on its way.
    await within(log).findByRole('status', { name: 'Loading earlier messages' });
    const before = screenTop(log, 'Bulk message 151');
    expect(within(log).queryByText('Bulk message 150')).toBeNull();

    await act(async () => watch.release());
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Loading earlier messages' })).toBeNull(),
    );
    // The page came in above: what the agent was reading has not moved, the row before it is there.
    await within(log).findByText('Bulk message 150');
    expect(screenTop(log, 'Bulk message 151')).toBe(before);
    expect(olderPages(watch)).toHaveLength(1);

    // On to the very first message of the conversation, each page asked for once.
    await waitFor(
      async () => {
        await scrollThreadTo(log, 0);
        within(log).getByText(firstBody);
      },
      { timeout: 5000 },
    );
    const cursors = olderPages(watch).map((u) => u.searchParams.get('cursor'));
    expect(cursors).toHaveLength(2);
    expect(new Set(cursors).size).toBe(2);
    // Nothing older to wait for: the space kept for the indicator is gone with it.
    expect(log.querySelector('.thread__start')).toBeNull();
  });

  it('says when an older page did not load, and Retry loads it', async () => {
    const { me, conversation } = await longThread(250);
    const watch = watchThread();
    const { user } = renderPane(conversation.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Bulk message 250');

    watch.failNext();
    await scrollThreadTo(log, 0);
    const alert = await within(log).findByRole('alert');
    expect(alert.textContent).toContain('Earlier messages could not be loaded.');
    // A failure is not retried by scrolling on: the agent decides.
    await scrollThreadTo(log, 10);
    expect(olderPages(watch)).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await within(log).findByText('Bulk message 150');
    expect(within(log).queryByRole('alert')).toBeNull();
    expect(olderPages(watch)).toHaveLength(2);
  });

  it('puts a send and a message arriving live at the bottom, older pages still unread', async () => {
    const { me, conversation } = await longThread(250);
    const watch = watchThread();
    const { user, qc } = renderPane(conversation.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Bulk message 250');
    const indexOf = (text: string) =>
      Number(within(log).getByText(text).closest('[data-index]')?.getAttribute('data-index'));

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Sent from the bottom');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(indexOf('Sent from the bottom')).toBeGreaterThan(indexOf('Bulk message 250'));
    // The saved message went into the cached thread: nothing was read again for it.
    expect(watch.requests).toHaveLength(1);

    // A contact writes; the change feed makes the thread read its newest page again.
    await inStore((tx) =>
      tx.insertMessage({
        orgId: 1,
        conversationId: conversation.id,
        type: 'chat',
        authorType: 'contact',
        authorId: conversation.contactId,
        body: 'Arrived while reading',
        createdAt: Date.now(),
        mentions: [],
        idempotencyKey: null,
      }),
    );
    await act(() => qc.invalidateQueries({ queryKey: conversationKeys.messages(conversation.id) }));
    await within(log).findByText('Arrived while reading');
    expect(indexOf('Arrived while reading')).toBeGreaterThan(indexOf('Sent from the bottom'));
    expect(watch.requests).toHaveLength(2);
    expect(olderPages(watch)).toHaveLength(0);
  });

  it('keeps the older pages it loaded when the newest page is read again', async () => {
    const { me, conversation } = await longThread(250);
    const watch = watchThread();
    const { qc } = renderPane(conversation.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Bulk message 250');
    await scrollThreadTo(log, 0);
    await within(log).findByText('Bulk message 150');
    const where = screenTop(log, 'Bulk message 150');

    await act(() => qc.invalidateQueries({ queryKey: conversationKeys.messages(conversation.id) }));
    await waitFor(() => expect(watch.requests).toHaveLength(3));
    // One request (the newest page), joined to what was loaded: the agent's place is kept.
    expect(watch.requests[2]?.searchParams.has('cursor')).toBe(false);
    expect(screenTop(log, 'Bulk message 150')).toBe(where);
  });
});
