// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { VIEW_LABELS, VIEWS } from '../domain';
import { repliedLast, visibleTags } from '../features/inbox/row-summary';
import { server } from '../mocks/node';
import {
  contactOf,
  countOf,
  findRows,
  list,
  renderApp,
  rows,
  setupMockApi,
  testApi,
  viewLink,
  views,
} from './test-utils';

setupMockApi();

describe('the views', () => {
  it('lists every view with its count, the current one marked', async () => {
    await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const counts = await testApi.counts();
    for (const view of VIEWS) expect(await countOf(VIEW_LABELS[view])).toBe(counts[view]);
    // The status views, then the shortcuts (Mine, Unassigned, Mentions): only Open is current.
    expect(
      within(views())
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-current')),
    ).toEqual(['page', null, null, null, null, null, null, null, null, null]);
  });

  it('switches view through the links, keeping the sort, and the URL says which', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=oldest');
    await findRows();
    await user.click(viewLink('Closed'));
    await screen.findByRole('heading', { level: 1, name: 'Closed' });
    expect(url()).toBe('/inbox/1?view=closed&sort=oldest');
    const closed = await testApi.listConversations({ view: 'closed', sort: 'oldest' });
    await waitFor(() =>
      expect(rows().map(contactOf)).toEqual(closed.data.map((c) => c.contact.name)),
    );
  });
});

describe('the list', () => {
  it('shows each conversation as a row: contact first, then preview, tags and time', async () => {
    await renderApp('/inbox/1?view=open&sort=newest');
    const [first] = await findRows();
    const { data } = await testApi.listConversations({ view: 'open', sort: 'newest' });
    const top = data[0];
    if (!first || !top) throw new Error('no open conversation');
    const link = within(first).getByRole('link');
    expect(link.textContent?.startsWith(top.contact.name)).toBe(true);
    expect(link.getAttribute('href')).toBe(
      `/inbox/1/conversations/${top.id}?view=open&sort=newest`,
    );
    // What the customer last said, not the team's reply; the reply shows as "You replied".
    const said = top.contactMessage?.body ?? top.lastMessage?.body ?? 'No messages yet';
    expect(link.textContent).toContain(said.replace(/\s+/g, ' ').slice(0, 20));
    expect(link.textContent?.includes('You replied')).toBe(repliedLast(top));
    // Tags whole, never cut mid-word; the others counted.
    const { shown, more } = visibleTags(top.conversationTags);
    for (const tag of shown) expect(link).toHaveTextContent(tag.name);
    expect(/\+\d/.test(link.textContent ?? '')).toBe(more > 0);
    expect(
      within(first).getByRole('checkbox', { name: `Select conversation with ${top.contact.name}` }),
    ).not.toBeChecked();
  });

  it('puts only the rows in view, and a few either side, in the DOM', async () => {
    await renderApp('/inbox/1?view=all&sort=newest', { viewportHeight: 640 });
    await findRows();
    const total = await countOf('All');
    expect(total).toBeGreaterThan(50);
    // 640px of 64px rows is 10 rows, plus a few either side.
    expect(rows().length).toBeLessThan(20);
    expect(list().querySelectorAll('li').length).toBe(rows().length);
  });

  it('reads every page with the cursor when there is room for them', async () => {
    await renderApp('/inbox/1?view=all&sort=newest', { viewportHeight: 64 * 80 });
    await findRows();
    const total = await countOf('All');
    await waitFor(() => expect(rows()).toHaveLength(total), { timeout: 3000 });
    expect(rows().at(-1)?.getAttribute('aria-posinset')).toBe(String(total));
    expect(rows().at(-1)?.getAttribute('aria-setsize')).toBe(String(total));
  });

  it('sorts oldest first from the "Sort" control, in the URL, and a reload keeps it', async () => {
    const { user, url, unmount } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Oldest first' }));
    expect(url()).toBe('/inbox/1?view=open&sort=oldest');
    const oldest = await testApi.listConversations({ view: 'open', sort: 'oldest' });
    await waitFor(() =>
      expect(contactOf(rows()[0] as HTMLElement)).toBe(oldest.data[0]?.contact.name),
    );

    unmount();
    await renderApp(url());
    await findRows();
    expect(screen.getByRole('button', { name: 'Sort' }).textContent).toContain('Oldest first');
    expect(contactOf(rows()[0] as HTMLElement)).toBe(oldest.data[0]?.contact.name);
  });

  it('filters by assignee and by tag, in the URL', async () => {
    const { user, url } = await renderApp('/inbox/1?view=all&sort=newest');
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Filter by assignee' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Assigned to me' }));
    expect(url()).toBe('/inbox/1?view=all&sort=newest&assignee=me');
    const mine = await testApi.listConversations({ view: 'all', sort: 'newest', assignee: 'me' });
    await waitFor(() =>
      expect(rows().map(contactOf)).toEqual(mine.data.map((c) => c.contact.name)),
    );

    const tag =
      mine.data.flatMap((c) => c.conversationTags)[0] ??
      (await testApi.listConversations({ view: 'all' })).data.flatMap((c) => c.conversationTags)[0];
    if (!tag) throw new Error('the demo data has no tags');
    await user.click(screen.getByRole('button', { name: 'Filter by tag' }));
    // Each tag is offered with how many conversations use it (GET /api/tags).
    const uses = (await testApi.listTags()).find((t) => t.name === tag.name)?.count;
    await user.click(screen.getByRole('menuitemradio', { name: `${tag.name} (${uses})` }));
    expect(url()).toBe(
      `/inbox/1?view=all&sort=newest&tag=${encodeURIComponent(tag.name)}&assignee=me`,
    );
  });
});

describe('the list when there is nothing, or it fails', () => {
  it('says the view is empty', async () => {
    server.use(http.get('*/api/conversations', () => HttpResponse.json({ data: [], next: null })));
    await renderApp('/inbox/1?view=open&sort=newest');
    await screen.findByText('No open conversations');
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toHaveProperty('disabled', true);
  });

  it('shows a spinner while loading, then an error with Retry that loads the list', async () => {
    server.use(
      http.get(
        '*/api/conversations',
        () =>
          HttpResponse.json(
            { error: { code: 'internal', message: 'The database is not answering.' } },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await screen.findByRole('status', { name: 'Loading conversations' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The database is not answering.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await findRows()).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('opening a conversation', () => {
  it('asks for its detail and newest messages as soon as its row is pressed', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    const [first] = await findRows();
    if (!first) throw new Error('no open conversation');
    const link = within(first).getByRole('link');
    const id = Number(link.getAttribute('href')?.match(/conversations\/(\d+)/)?.[1]);
    const asked: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url);
      if (pathname.startsWith(`/api/conversations/${id}`)) asked.push(pathname);
    };
    server.events.on('request:start', record);
    try {
      await user.pointer({ keys: '[MouseLeft>]', target: link });
      await waitFor(() =>
        expect([...asked].sort()).toEqual([
          `/api/conversations/${id}`,
          `/api/conversations/${id}/messages`,
        ]),
      );
      expect(url()).toBe('/inbox/1?view=open&sort=newest');
      await user.pointer({ keys: '[/MouseLeft]', target: link });
      await screen.findByRole('log', { name: 'Messages' });
      expect(url()).toBe(`/inbox/1/conversations/${id}?view=open&sort=newest`);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });
});
