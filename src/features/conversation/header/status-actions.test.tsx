// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../../queries';
import { inStore } from '../testing/mock-api';
import { firstIn, setUpPaneTests } from '../testing/pane-test-environment';
import { choose } from '../testing/menu';
import { asAgent, renderPane, signIn } from '../testing/render-pane';
import { nextWeekMonday, tomorrowMorning } from '../../../domain';

setUpPaneTests();

const stored = (id: number) => inStore((tx) => tx.getConversation(1, id));

async function openPane(view: 'open' | 'spam' = 'open') {
  const me = await signIn();
  const conversation = await firstIn(view);
  const harness = renderPane(conversation.id, me);
  await screen.findByRole('heading', { name: conversation.contact.name });
  await screen.findByRole('log', { name: 'Messages' });
  return { ...harness, conversation, me };
}

describe('Status', () => {
  it('closes: the thread says who did it, and Undo puts it back leaving no trace', async () => {
    const { user, conversation } = await openPane();
    await user.click(screen.getByRole('button', { name: 'Status' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Closed' }));

    const log = screen.getByRole('log', { name: 'Messages' });
    await within(log).findByText('Alex closed the conversation');
    expect(screen.getByRole('button', { name: 'Status' }).textContent).toContain('Closed');
    expect((await stored(conversation.id))?.status).toBe('closed');

    const toastRegion = screen.getByRole('status', { name: 'Notifications' });
    expect(toastRegion).toHaveTextContent('Conversation closed');
    await user.click(within(toastRegion).getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect(await stored(conversation.id)).toMatchObject({
        status: 'open',
        updatedAt: conversation.updatedAt,
      }),
    );
    await waitFor(() =>
      expect(within(log).queryByText('Alex closed the conversation')).not.toBeInTheDocument(),
    );
    expect(within(log).queryByText(/reopened/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status' }).textContent).toContain('Open');
  });

  it('refuses a stale Undo in words, and changes nothing', async () => {
    const { user, conversation } = await openPane();
    await choose(user, 'Status', 'Closed');
    const toastRegion = screen.getByRole('status', { name: 'Notifications' });
    const undo = await within(toastRegion).findByRole('button', { name: 'Undo' });
    await waitFor(async () => expect((await stored(conversation.id))?.status).toBe('closed'));
    const current = await stored(conversation.id);
    await asAgent('sam@acme.test', 'alex@acme.test', () =>
      api.updateConversation(conversation.id, { status: 'pending' }, { ifMatch: current?.version }),
    );
    await user.click(undo);
    await screen.findByText(/Sam marked it pending since: not undone\./);
    expect((await stored(conversation.id))?.status).toBe('pending');
  });

  it('shows the fresh state and who changed it when the change was based on an old version (409)', async () => {
    const { user, conversation } = await openPane();
    await asAgent('sam@acme.test', 'alex@acme.test', () =>
      api.updateConversation(
        conversation.id,
        { status: 'pending' },
        { ifMatch: conversation.version },
      ),
    );
    await choose(user, 'Status', 'Closed');
    await screen.findByText(
      'Sam marked this conversation pending. You are now seeing the latest version.',
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Status' }).textContent).toContain('Pending'),
    );
    expect((await stored(conversation.id))?.status).toBe('pending');
  });
});

describe('Snooze', () => {
  it('1 hour snoozes until an hour from now, with Undo', async () => {
    const { user, conversation } = await openPane();
    const before = Date.now();
    await choose(user, 'Snooze', '1 hour');
    await waitFor(async () => expect((await stored(conversation.id))?.status).toBe('snoozed'));
    const until = (await stored(conversation.id))?.snoozedUntil ?? 0;
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(until).toBeLessThan(Date.now() + 3_600_000 + 1000);
    expect(screen.getByRole('button', { name: 'Status' }).textContent).toMatch(/Snoozed until/);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(conversation.id))?.status).toBe('open'));
  });

  it.each([
    ['Tomorrow morning', tomorrowMorning],
    ['Next week', nextWeekMonday],
  ])('%s snoozes until 9:00 local time', async (label, expected) => {
    const { user, conversation } = await openPane();
    await choose(user, 'Snooze', label);
    await waitFor(async () =>
      expect((await stored(conversation.id))?.snoozedUntil).toBe(expected(Date.now())),
    );
  });

  it('Custom… refuses a time in the past, where the agent sees it, and takes a future one', async () => {
    const { user, conversation } = await openPane();
    await choose(user, 'Snooze', 'Custom…');
    const dialog = await screen.findByRole('dialog', { name: 'Snooze until' });
    const input = within(dialog).getByLabelText('Snooze until');
    await user.clear(input);
    await user.type(input, '2020-01-01T09:00');
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose a time in the future.');
    expect((await stored(conversation.id))?.status).toBe('open');

    const next = new Date();
    next.setFullYear(next.getFullYear() + 1, 0, 15);
    next.setHours(10, 30, 0, 0);
    await user.clear(input);
    await user.type(input, `${next.getFullYear()}-01-15T10:30`);
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    await waitFor(async () =>
      expect((await stored(conversation.id))?.snoozedUntil).toBe(next.getTime()),
    );
    expect(screen.queryByRole('dialog', { name: 'Snooze until' })).toBeNull();
  });
});

describe('Spam', () => {
  it('marks as spam (with Undo) and restores', async () => {
    const { user, conversation } = await openPane();
    await user.click(screen.getByRole('button', { name: 'Mark as spam' }));
    // The button says what a press does now.
    await screen.findByRole('button', { name: 'Restore' });
    expect(screen.queryByRole('button', { name: 'Mark as spam' })).toBeNull();
    await waitFor(async () => expect((await stored(conversation.id))?.status).toBe('spam'));
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    await waitFor(() => expect(toasts).toHaveTextContent('Marked as spam'));
    expect(within(toasts).getByRole('button', { name: 'Undo' })).toBeEnabled();
    await within(screen.getByRole('log', { name: 'Messages' })).findByText(
      'Alex marked the conversation as spam',
    );

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByRole('button', { name: 'Mark as spam' });
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    await waitFor(async () => expect((await stored(conversation.id))?.status).toBe('open'));
  });

  it('refuses a status change while spam, with the reason', async () => {
    const { user, conversation } = await openPane('spam');
    await choose(user, 'Status', 'Closed');
    await screen.findByText('This conversation is marked as spam: restore it first.');
    expect((await stored(conversation.id))?.status).toBe('spam');
    expect(screen.getByRole('button', { name: 'Restore' })).toBeEnabled();
  });
});
