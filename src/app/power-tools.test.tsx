// @vitest-environment happy-dom
// SPEC 7.8 as an agent meets it: the command palette, `?` listing every key, and "Merge into…".
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findRows, renderApp, rows, setupMockApi, testApi, toasts } from './test-utils';

setupMockApi();

async function openFirst(path = '/inbox/1?view=open&sort=newest') {
  const app = await renderApp(path);
  await findRows();
  const row = rows()[0];
  if (!row) throw new Error('no rows');
  const link = within(row).getByRole('link');
  const id = Number(/conversations\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1]);
  await app.user.click(link);
  await screen.findByRole('button', { name: 'More actions' });
  return { ...app, id };
}

describe('command palette', () => {
  it('Ctrl+K, "spam", Enter marks the open conversation as spam', async () => {
    const { user, id } = await openFirst();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const box = within(palette).getByRole('combobox', { name: 'Command' });
    await user.type(box, 'spam');
    const options = within(palette).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Mark as spam');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull(),
    );
    await waitFor(async () => expect((await testApi.getConversation(id)).status).toBe('spam'));
    expect(await within(toasts()).findByText('Marked as spam')).toBeInTheDocument();
  });

  it('inserts a saved reply, filled for the contact and the agent, into the draft', async () => {
    const { user, id } = await openFirst();
    const contact = (await testApi.getConversation(id)).contact;
    const first = (contact?.name ?? '').split(' ')[0] ?? '';
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.type(within(palette).getByRole('combobox', { name: 'Command' }), 'greeting');
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent(
      'Insert saved reply: Greeting',
    );
    await user.keyboard('{Enter}');
    const draft = screen.getByRole('textbox', { name: /reply|message/i });
    await waitFor(() =>
      expect((draft as HTMLTextAreaElement).value).toMatch(new RegExp(`^Hi ${first},`)),
    );
    expect((draft as HTMLTextAreaElement).value).toContain('Alex here');
  });

  it('sets the priority from the palette, the same action the Priority menu runs', async () => {
    const { user, id } = await openFirst();
    const before = (await testApi.getConversation(id)).priority;
    const target = before === 'urgent' ? 'low' : 'urgent';
    const label = target === 'urgent' ? 'Urgent' : 'Low';
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.type(
      within(palette).getByRole('combobox', { name: 'Command' }),
      `priority ${label}`,
    );
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent(`Priority ${label}`);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await testApi.getConversation(id)).priority).toBe(target));
    expect(screen.getByRole('button', { name: /^Priority/ })).toHaveTextContent(label);
  });

  it('assigns a team from the palette, as the Assignee menu does', async () => {
    const { user, id } = await openFirst();
    const before = (await testApi.getConversation(id)).teamId;
    const team = before === null ? 'Billing' : 'Support';
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.type(within(palette).getByRole('combobox', { name: 'Command' }), `team ${team}`);
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent(`Assign to team ${team}`);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await testApi.getConversation(id)).teamId).not.toBe(before));
    expect(screen.getByRole('button', { name: /^Assignee/ })).toHaveTextContent(team);
  });

  it('says so when nothing matches, and lists views and sign out beside the pane', async () => {
    const { user } = await openFirst();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const box = within(palette).getByRole('combobox', { name: 'Command' });
    await user.type(box, 'zzqq');
    expect(within(palette).queryAllByRole('option')).toHaveLength(0);
    expect(within(palette).getByRole('status')).toHaveTextContent('No action matches “zzqq”.');
    await user.clear(box);
    await user.type(box, 'go to pen');
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('Go to Pending');
    await user.clear(box);
    await user.type(box, 'sign out');
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('Sign out');
  });

  it('z opens the palette at the snooze presets', async () => {
    const { user } = await openFirst();
    document.body.focus();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('z');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const titles = within(palette)
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    expect(titles.slice(0, 4)).toEqual([
      'SnoozeSnooze…z',
      'SnoozeSnooze 1 hourz',
      'SnoozeSnooze tomorrow morningz',
      'SnoozeSnooze next weekz',
    ]);
  });

  it("runs the header menus' own actions: a snooze preset as the Snooze menu does, Custom…, Create ticket", async () => {
    const { user, id } = await openFirst();
    const run = async (query: string, title: string) => {
      await user.keyboard('{Control>}k{/Control}');
      const palette = await screen.findByRole('dialog', { name: 'Command palette' });
      await user.type(within(palette).getByRole('combobox', { name: 'Command' }), query);
      expect(within(palette).getAllByRole('option')[0]).toHaveTextContent(title);
      await user.keyboard('{Enter}');
    };
    await run('snooze 1 hour', 'Snooze 1 hour');
    await waitFor(async () => expect((await testApi.getConversation(id)).status).toBe('snoozed'));
    // The toast the Snooze menu's preset gives: one declaration for both.
    expect(await within(toasts()).findByText(/^Snoozed until/)).toBeInTheDocument();

    await run('unsnooze', 'Unsnooze');
    await waitFor(async () => expect((await testApi.getConversation(id)).status).toBe('open'));

    await run('snooze until', 'Snooze until…');
    const custom = await screen.findByRole('dialog', { name: 'Snooze until' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(custom).not.toBeInTheDocument());

    const tickets = async () =>
      (await testApi.getConversation(id)).links.filter((l) => l.type === 'ticket').length;
    const ticketsBefore = await tickets();
    await run('create ticket', 'Create ticket');
    const ticket = await screen.findByRole('dialog', { name: 'Create ticket' });
    await user.type(within(ticket).getByLabelText('Title'), 'Refund follow-up');
    await user.click(within(ticket).getByRole('button', { name: 'Create ticket' }));
    await waitFor(async () => expect(await tickets()).toBe(ticketsBefore + 1));
  });

  it('? lists the keys of the inbox and of the open conversation', async () => {
    const { user } = await openFirst();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of ['Next conversation', 'Conversation: Mark as spam', 'Merge into…', 'Ctrl+K'])
      expect(dialog).toHaveTextContent(text);
  });
});

describe('merge into…', () => {
  it('finds the target by search, merges, follows it, and Undo splits them back', async () => {
    const { user, id, url } = await openFirst();
    const page = await testApi.listConversations({ view: 'open', sort: 'newest', limit: 5 });
    const target = page.data.find((c) => c.id !== id && c.contact.name !== '');
    if (!target) throw new Error('no second conversation');
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Merge into…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge into another conversation' });
    await user.type(
      within(dialog).getByRole('searchbox', { name: 'Find conversation' }),
      `#${target.id}`,
    );
    const option = await within(dialog).findByRole(
      'button',
      { name: new RegExp(`#${target.id}\\b`) },
      { timeout: 3000 },
    );
    expect(
      within(dialog).getByRole('list', { name: 'Conversations to merge into' }),
    ).toContainElement(option);
    expect(option).toHaveTextContent(target.contact.name);
    await user.click(option);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `Every message, note and event of #${id} moves into #${target.id}`,
    );
    await user.click(within(dialog).getByRole('button', { name: `Merge into #${target.id}` }));

    await waitFor(() => expect(url()).toContain(`/conversations/${target.id}`));
    expect(await testApi.getConversation(id)).toMatchObject({
      status: 'merged',
      mergedInto: target.id,
    });
    const toast = await within(toasts()).findByText(`Merged #${id} into #${target.id}`);
    const undo = within(toast.closest('[role="group"], li, div') as HTMLElement).getByRole(
      'button',
      { name: 'Undo' },
    );
    await user.click(undo);
    await waitFor(async () => expect((await testApi.getConversation(id)).mergedInto).toBeNull());
    await waitFor(() => expect(url()).toContain(`/conversations/${id}`));
  });
});
