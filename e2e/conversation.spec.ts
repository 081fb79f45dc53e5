// The conversation screen, on both projects (the mock API in the page, and the real server).
import { expect, test } from './fixtures';
import { isMock } from './pages/api';
import { addressOf } from './pages/conversation-page';

/** The in-page thread stub's handle on its older pages (the 5,000-message case). */
interface OlderPages {
  hold(): void;
  release(): void;
}

test.describe('the conversation screen', () => {
  test('note with a mention, a tag, snooze, found in Snoozed, spam and restore', async ({
    conversation,
  }) => {
    await conversation.signIn();
    const target = await conversation.firstIn('open');
    await conversation.open(target);

    await conversation.writeNoteMentioning(
      'Could you check the invoice',
      'Sa',
      'Sam',
      'before we reply?',
    );
    const note = conversation.thread
      .getByRole('article', { name: 'Internal note from Alex' })
      .last();
    await expect(note).toContainText('Could you check the invoice @Sam before we reply?');
    await expect(note.getByText('Internal note')).toBeVisible();
    await expect(note.locator('mark', { hasText: '@Sam' })).toBeVisible();
    await expect(note.getByText('Sending…')).toHaveCount(0);

    await conversation.addTag('e2e-follow-up', 'Teal');
    await expect(conversation.thread.getByText('Alex added the tag e2e-follow-up')).toBeVisible();

    await conversation.snooze('1 hour');
    await expect(conversation.button('Status')).toContainText('Snoozed until');
    await expect(conversation.toasts.getByText(/^Snoozed until/)).toBeVisible();
    await expect(conversation.toasts.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(conversation.thread.getByText('Alex snoozed the conversation')).toBeVisible();

    await conversation.openView('Snoozed');
    await expect(conversation.row(target)).toBeVisible();
    await conversation.row(target).click();
    await conversation.expectOpen(target);

    await conversation.markAsSpam();
    await expect(conversation.button('Restore')).toBeVisible();
    await expect(conversation.toasts.getByText('Marked as spam')).toBeVisible();
    await expect(
      conversation.thread.getByText('Alex marked the conversation as spam'),
    ).toBeVisible();

    await conversation.restore();
    await expect(conversation.button('Mark as spam')).toBeVisible();
    await expect(
      conversation.thread.getByText('Alex restored the conversation from spam'),
    ).toBeVisible();
    // Restored to where it was before spam: snoozing does not survive spam, so it is open again.
    await expect(conversation.button('Status')).toContainText('Open');
  });

  test('a deep link opens on a fresh load, and an unknown id says so', async ({
    page,
    conversation,
  }) => {
    await conversation.signIn();
    const closed = await conversation.firstIn('closed');
    await conversation.open(closed, 'view=open&sort=newest');
    await expect(conversation.button('Status')).toContainText('Closed');
    await page.goto(addressOf({ inboxId: closed.inboxId, id: 999999 }));
    await expect(page.getByText('Conversation not found')).toBeVisible();
  });

  test('a thread of 5,000 messages opens at the newest and keeps few rows in the page', async ({
    page,
    conversation,
  }, info) => {
    // The thread is served by a fetch stub in the page, so the API behind it does not matter; what
    // is measured is the screen, and that is the production build's (the dev build's React is
    // several times slower at 50 pages and would only measure the dev tooling).
    test.skip(isMock(info), 'The API is stubbed here; the production build is what is measured.');
    test.setTimeout(180_000);
    await conversation.signIn();
    const target = await conversation.firstIn('pending');
    // Writing 5,000 messages through the API takes minutes; the thread's pages are served in the
    // page instead, in the API's own shape (oldest first, or newest first with `order=newest`,
    // 100 a page, an opaque cursor), with no network in between, so what is measured is the
    // screen. Everything else is the real server.
    await page.addInitScript(
      ({ conversationId, total, base }) => {
        const real = window.fetch.bind(window);
        const path = `/api/conversations/${conversationId}/messages`;
        // Older pages can be held, to look at the thread while one is on its way.
        let gate: Promise<void> | null = null;
        let open = () => undefined as void;
        const control: OlderPages = {
          hold: () => {
            gate = new Promise((resolve) => (open = resolve));
          },
          release: () => {
            gate = null;
            open();
          },
        };
        (window as unknown as { olderPages: OlderPages }).olderPages = control;
        window.fetch = async (input, init) => {
          const url = new URL(input instanceof Request ? input.url : String(input), location.href);
          if (url.pathname !== path || (init?.method ?? 'GET') !== 'GET') return real(input, init);
          const limit = Number(url.searchParams.get('limit') ?? '100');
          const cursor = url.searchParams.get('cursor');
          const newest = url.searchParams.get('order') === 'newest';
          if (cursor !== null && gate) await gate;
          // Newest first, the cursor is where the page ends (exclusive); oldest first, where it starts.
          const to = newest
            ? Number(cursor ?? total)
            : Math.min(total, Number(cursor ?? 0) + limit);
          const from = newest ? Math.max(0, to - limit) : Number(cursor ?? 0);
          const data = Array.from({ length: to - from }, (_, k) => {
            const i = from + k;
            const long =
              i % 5 === 2
                ? ' with a longer body that wraps over more than one line, as real messages often do when a customer explains in detail what happened.'
                : '';
            return {
              id: 1_000_000 + i,
              conversationId,
              type: i % 7 === 0 ? 'note' : 'chat',
              authorType: i % 2 === 0 ? 'contact' : 'agent',
              authorId: i % 2 === 0 ? 1 : 2,
              body: `Load note ${i + 1}${long}`,
              createdAt: base + i * 60_000,
              mentions: [],
            };
          });
          const next = newest ? (from > 0 ? String(from) : null) : to < total ? String(to) : null;
          const body = JSON.stringify({ data: newest ? data.reverse() : data, next });
          return new Response(body, {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          });
        };
      },
      { conversationId: target.id, total: 5000, base: Date.now() - 5000 * 60_000 },
    );

    await page.goto(addressOf(target, 'view=pending&sort=newest'));
    await expect(conversation.thread).toBeVisible({ timeout: 30_000 });
    const rows = conversation.thread.locator('[data-index]');
    // Opened at the newest; the oldest is not even in the page.
    await expect(conversation.thread.getByText('Load note 5000', { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(conversation.thread.getByText('Load note 1', { exact: true })).toHaveCount(0);
    const inDom = await rows.count();
    expect(inDom).toBeGreaterThan(0);
    expect(inDom).toBeLessThan(100);

    // Only the newest page was read. Scrolled to its top, the page before it comes in above the
    // row being read, which stays where it was on screen.
    const olderPages = (action: keyof OlderPages) =>
      page.evaluate(
        (a) => (window as unknown as { olderPages: OlderPages }).olderPages[a](),
        action,
      );
    const toTop = () =>
      conversation.thread.evaluate((log) => {
        log.scrollTop = 0;
      });
    await olderPages('hold');
    await toTop();
    await expect(
      conversation.thread.getByRole('status', { name: 'Loading earlier messages' }),
    ).toBeVisible();
    const reading = conversation.thread.getByText('Load note 4901', { exact: true });
    await expect(reading).toBeVisible();
    const before = await reading.boundingBox();
    await olderPages('release');
    await expect(conversation.thread.getByText('Load note 4900', { exact: true })).toBeAttached();
    // Rows measured above the fold correct the offset over a frame or two: let them settle.
    await page.waitForTimeout(300);
    const after = await reading.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThanOrEqual(2);

    // Scrolling up page after page reaches the first message; the page still holds only the
    // visible rows. How fast that is belongs to `npm run bench`, not to a pass mark here.
    const first = conversation.thread.getByText('Load note 1', { exact: true });
    await expect
      .poll(
        async () => {
          await toTop();
          return first.count();
        },
        { intervals: [100], timeout: 90_000 },
      )
      .toBe(1);
    await expect(first).toBeVisible();
    expect(await rows.count()).toBeLessThan(100);
  });
});
