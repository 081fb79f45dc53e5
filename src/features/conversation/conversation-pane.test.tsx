// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '../../queries';
import { getMockBackend, inStore, server } from './testing/mock-api';
import { firstIn, setUpPaneTests } from './testing/pane-test-environment';
import { renderPane, signIn } from './testing/render-pane';

setUpPaneTests();

describe('ConversationPane', () => {
  it('opens a deep link by id, also outside the current view, with the contact as the heading', async () => {
    const me = await signIn();
    const spam = await firstIn('spam');
    renderPane(spam.id, me, { search: 'view=open' });
    await screen.findByRole('heading', { name: spam.contact.name });
    screen.getByText(spam.contact.email);
    // It is in the Spam view's state, whatever view the link came from.
    expect(screen.getByRole('button', { name: 'Restore' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Mark as spam' })).toBeNull();
  });

  it('says "Conversation not found" for another org’s id and for a deleted one', async () => {
    const me = await signIn();
    const globexId = await inStore(async (tx) => {
      const rows = await tx.listConversations(2, { statuses: ['open'], sort: 'newest', limit: 1 });
      return rows[0]?.id;
    });
    if (globexId === undefined) throw new Error('no Globex conversation');
    const first = renderPane(globexId, me);
    await screen.findByText('Conversation not found');
    expect(screen.queryByRole('log', { name: 'Messages' })).toBeNull();
    first.unmount();

    await signIn('admin@acme.test');
    const open = await firstIn('open');
    await api.deleteConversation(open.id);
    renderPane(open.id, me);
    await screen.findByText('Conversation not found');
    expect(screen.queryByRole('log', { name: 'Messages' })).toBeNull();
  });

  it('shows the thread in order: authors, internal notes, event lines, date separators', async () => {
    const me = await signIn();
    const open = await firstIn('open');
    await api.sendMessage(open.id, { type: 'note', body: 'Checking with @Sam first' });
    renderPane(open.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' });
    const note = await within(log).findByRole('article', { name: 'Internal note from Alex' });
    expect(note).toHaveTextContent('Internal note');
    // The mention is highlighted, and still reads as the text that was written.
    expect(within(note).getByText('@Sam').tagName).toBe('MARK');
    expect(note.textContent).toContain('Checking with @Sam first');
    expect(within(log).getAllByRole('separator').length).toBeGreaterThan(0);
  });

  it('renders message text as text, never as HTML', async () => {
    const me = await signIn();
    const open = await firstIn('open');
    await api.sendMessage(open.id, {
      type: 'chat',
      body: '<img src=x onerror=alert(1)><b>bold</b>',
    });
    const { container } = renderPane(open.id, me);
    await screen.findByText('<img src=x onerror=alert(1)><b>bold</b>');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('opens a thread of 5,000 messages at the newest after one request, with few rows in the DOM', async () => {
    const me = await signIn();
    const open = await firstIn('open');
    const start = Date.now() - 5000 * 60_000;
    await inStore(async (tx) => {
      for (let i = 0; i < 5000; i += 1) {
        await tx.insertMessage({
          orgId: 1,
          conversationId: open.id,
          type: i % 10 === 0 ? 'note' : 'chat',
          authorType: i % 2 === 0 ? 'contact' : 'agent',
          authorId: i % 2 === 0 ? open.contactId : me.id,
          body: `Bulk message ${i + 1}`,
          createdAt: start + i * 60_000,
          mentions: [],
          idempotencyKey: null,
        });
      }
    });
    const requests: URL[] = [];
    server.use(
      http.get('*/api/conversations/:id/messages', ({ request }) => {
        requests.push(new URL(request.url));
        return getMockBackend().fetch(request);
      }),
    );
    renderPane(open.id, me);
    const log = await screen.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
    // The newest is on screen: the thread opened at the bottom, after reading one page.
    await within(log).findByText('Bulk message 5000', {}, { timeout: 5000 });
    expect(within(log).queryByText('Bulk message 1')).toBeNull();
    expect(requests.map((u) => u.search)).toEqual(['?limit=100&order=newest']);
    const rows = log.querySelectorAll('[data-index]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
  }, 30_000);
});
