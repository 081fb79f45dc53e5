// @vitest-environment happy-dom
// Finding conversations in the inbox: the search box, the shortcuts and saved views in the
// navigation with their live counts, and "Waiting longest".
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FetchEventSource } from './testing/fetch-event-source';
import {
  ACME_TOKEN,
  contactOf,
  findRows,
  renderApp,
  rows,
  setupMockApi,
  testApi,
  views,
} from './test-utils';

setupMockApi();

const searchBox = () => screen.getByRole('searchbox', { name: 'Search conversations' });
const navLink = (name: RegExp) => within(views()).getByRole('link', { name });

describe('the search box', () => {
  it('finds a conversation by a word of its message, first, with the word marked', async () => {
    await testApi.signIn({ email: 'alex@acme.test', password: 'demo-password' });
    await testApi.inbound(ACME_TOKEN, {
      channel: 'email',
      contact: { email: 'pia.lund@example.com', name: 'Pia Lund' },
      body: 'The thermostat shows a zanzibar error',
    });
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    // `/` anywhere in the inbox goes to the search box.
    await user.keyboard('/');
    expect(document.activeElement).toBe(searchBox());
    await user.keyboard('zanzibar');
    await waitFor(() => expect(url()).toBe('/inbox/1?view=open&sort=relevance&q=zanzibar'));
    await waitFor(() => expect(rows().map(contactOf)).toEqual(['Pia Lund']));
    const marks = within(rows()[0] as HTMLElement).getAllByText('zanzibar', { selector: 'mark' });
    expect(marks).toHaveLength(1);

    // Escape clears the search: the whole view again, newest first.
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveProperty('value', '');
    await waitFor(() => expect(url()).toBe('/inbox/1?view=open&sort=newest'));
    await waitFor(() => expect(rows().length).toBeGreaterThan(1));
  });

  it('offers "Waiting longest" and "Best match" only while searching', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    expect(screen.queryByRole('menuitemradio', { name: 'Best match' })).toBeNull();
    await user.click(screen.getByRole('menuitemradio', { name: 'Waiting longest' }));
    expect(url()).toBe('/inbox/1?view=open&sort=waiting');
  });
});

describe('the navigation', () => {
  it('counts Mine, Unassigned and Mentions as the API does', async () => {
    await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const { shortcuts } = await testApi.listViews();
    await waitFor(() => expect(navLink(/^Mine \d+$/).textContent).toMatch(/\d+$/));
    const count = (label: string) =>
      Number(/(\d+)$/.exec(navLink(new RegExp(`^${label} \\d+$`)).textContent ?? '')?.[1]);
    expect({
      mine: count('Mine'),
      unassigned: count('Unassigned'),
      mentions: count('Mentions'),
    }).toEqual(shortcuts);
  });

  it('saves "Urgent billing" and its count follows a matching conversation live', async () => {
    const { user, url } = await renderApp(
      '/inbox/1?view=all&sort=newest&tag=billingfind&priority=urgent',
      { liveUpdates: true },
    );
    await screen.findByText('None match these filters.');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Urgent billing');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const link = await waitFor(() => navLink(/^Urgent billing 0$/));
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(url()).toBe('/inbox/1?view=all&sort=newest&tag=billingfind&priority=urgent');

    await waitFor(() =>
      expect(FetchEventSource.instances.some((s) => s.readyState === FetchEventSource.OPEN)).toBe(
        true,
      ),
    );
    const { conversationId } = await testApi.inbound(ACME_TOKEN, {
      channel: 'chat',
      contact: { email: 'bill.payer@example.com', name: 'Bill Payer' },
      body: 'I was charged twice',
    });
    await testApi.addTag(conversationId, { name: 'billingfind' });
    await testApi.updateConversation(conversationId, { priority: 'urgent' });
    await waitFor(() => navLink(/^Urgent billing 1$/), { timeout: 3000 });
  });

  it('explains a refused name and keeps the dialog open', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save view' });
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the view a name.');
    expect((await testApi.listViews()).data).toEqual([]);
  });
});
