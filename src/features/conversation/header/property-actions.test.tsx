// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inStore } from '../testing/mock-api';
import { choose } from '../testing/menu';
import { firstIn, setUpPaneTests } from '../testing/pane-test-environment';
import { renderPane, signIn } from '../testing/render-pane';

setUpPaneTests();

const stored = (id: number) => inStore((tx) => tx.getConversation(1, id));

async function openPane() {
  const me = await signIn();
  const conversation = await firstIn('open', (c) => c.assigneeId === null);
  const harness = renderPane(conversation.id, me);
  await screen.findByRole('heading', { name: conversation.contact.name });
  const log = await screen.findByRole('log', { name: 'Messages' });
  return { ...harness, conversation, me, log };
}

describe('Priority and assignee', () => {
  it('sets the priority', async () => {
    const { user, conversation, log } = await openPane();
    await choose(user, 'Priority', 'Urgent');
    expect(screen.getByRole('button', { name: 'Priority' }).textContent).toContain('Urgent');
    await waitFor(async () => expect((await stored(conversation.id))?.priority).toBe('urgent'));
    await within(log).findByText('Alex set the priority to urgent');
  });

  it('assigns an agent and a team of the org, then unassigns both', async () => {
    const { user, conversation, log } = await openPane();
    await choose(user, 'Assignee', 'Sam');
    await waitFor(async () => expect((await stored(conversation.id))?.assigneeId).toBe(3));
    await within(log).findByText('Alex assigned the conversation to Sam');

    await choose(user, 'Assignee', 'Billing');
    await waitFor(async () => expect((await stored(conversation.id))?.teamId).toBe(2));
    expect(screen.getByRole('button', { name: 'Assignee' }).textContent).toContain('Sam · Billing');

    await choose(user, 'Assignee', 'Unassigned');
    await waitFor(async () => {
      const saved = await stored(conversation.id);
      expect([saved?.assigneeId, saved?.teamId]).toEqual([null, null]);
    });
    expect(screen.getByRole('button', { name: 'Assignee' }).textContent).toContain('Unassigned');
    expect(screen.getByRole('button', { name: 'Assignee' }).textContent).not.toContain('Sam');
  });
});

describe('Follow and Sync', () => {
  it('follows and unfollows: the button says what a press will do', async () => {
    const { user, conversation, me } = await openPane();
    await user.click(screen.getByRole('button', { name: 'Follow' }));
    await screen.findByRole('button', { name: 'Unfollow' });
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
    await waitFor(async () => expect((await stored(conversation.id))?.followers).toContain(me.id));
    await user.click(screen.getByRole('button', { name: 'Unfollow' }));
    await screen.findByRole('button', { name: 'Follow' });
    expect(screen.queryByRole('button', { name: 'Unfollow' })).toBeNull();
    await waitFor(async () =>
      expect((await stored(conversation.id))?.followers).not.toContain(me.id),
    );
  });

  it('requests a sync', async () => {
    const { user, conversation } = await openPane();
    await user.click(screen.getByRole('button', { name: 'Sync' }));
    await screen.findByText('Sync requested');
    const pushes = (await inStore((tx) => tx.listOutbox(1))).filter(
      (e) => e.conversationId === conversation.id && e.payload.type === 'conversation_manual_push',
    );
    expect(pushes).toHaveLength(1);
    expect((await stored(conversation.id))?.status).toBe('open');
  });
});

describe('Tags', () => {
  it('adds a tag the org already uses, creates a new one with a colour, and removes one', async () => {
    const { user, conversation } = await openPane();
    const existing = await inStore(async (tx) => {
      const rows = await tx.listConversations(1, {
        statuses: ['open', 'pending', 'closed'],
        sort: 'newest',
        limit: 100,
      });
      return rows
        .flatMap((c) => c.conversationTags)
        .find((t) => !conversation.conversationTags.some((o) => o.name === t.name));
    });
    if (!existing) throw new Error('no tag in the demo data');

    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const popover = await screen.findByRole('dialog', { name: 'Add tag' });
    await user.click(await within(popover).findByRole('button', { name: existing.name }));
    // The chip writes the tag's name beside its remove button.
    const removeExisting = await screen.findByRole('button', {
      name: `Remove tag ${existing.name}`,
    });
    expect(removeExisting.closest('li')).toHaveTextContent(existing.name);

    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const again = await screen.findByRole('dialog', { name: 'Add tag' });
    await user.type(within(again).getByRole('textbox', { name: 'Tag name' }), 'vip-customer');
    await user.click(within(again).getByRole('radio', { name: 'Purple' }));
    await user.click(within(again).getByRole('button', { name: 'Create tag' }));
    const removeCreated = await screen.findByRole('button', { name: 'Remove tag vip-customer' });
    expect(removeCreated.closest('li')).toHaveTextContent('vip-customer');
    await waitFor(async () =>
      expect((await stored(conversation.id))?.conversationTags).toContainEqual({
        name: 'vip-customer',
        color: '#a855f7',
      }),
    );

    await user.click(screen.getByRole('button', { name: `Remove tag ${existing.name}` }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: `Remove tag ${existing.name}` })).toBeNull(),
    );
    await waitFor(async () =>
      expect((await stored(conversation.id))?.conversationTags.map((t) => t.name)).not.toContain(
        existing.name,
      ),
    );
  });
});

describe('Links', () => {
  it('creates a ticket with a title and shows it', async () => {
    const { user, conversation } = await openPane();
    await choose(user, 'More actions', 'Create ticket');
    const dialog = await screen.findByRole('dialog', { name: 'Create ticket' });
    await user.click(within(dialog).getByRole('button', { name: 'Create ticket' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the ticket a title.');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Refund the duplicate charge',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create ticket' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create ticket' })).toBeNull());
    const links = await screen.findByRole('list', { name: 'Links' });
    expect(links).toHaveTextContent(/Ticket #\d+/);
    const saved = await stored(conversation.id);
    expect(saved?.links.filter((l) => l.type === 'ticket')).toHaveLength(1);
  });

  it('links another conversation, refuses an unknown one, and the link opens it keeping the query', async () => {
    const { user, conversation, history } = await openPane();
    const other = await firstIn('closed');
    await choose(user, 'More actions', 'Link conversation');
    const dialog = await screen.findByRole('dialog', { name: 'Link conversation' });
    const input = within(dialog).getByRole('textbox', { name: 'Conversation id' });
    await user.type(input, '99999');
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    await within(dialog).findByText('There is no conversation #99999.');

    await user.clear(input);
    await user.type(input, String(other.id));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    const link = await screen.findByRole('link', { name: `Conversation #${other.id}` });
    expect((await stored(conversation.id))?.links).toContainEqual({
      type: 'conversation',
      id: other.id,
    });
    await user.click(link);
    expect(history.at(-1)).toBe(`/inbox/1/conversations/${other.id}?view=open&sort=newest`);
  });
});
