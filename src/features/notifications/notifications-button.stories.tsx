// The "Notifications" button and its list (SPEC 7.5): nothing to read, unread ones with the badge
// and the tab title, the list open, reading all, loading, and a list that fails with Retry.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf, type MockAppSetup } from '../../mocks/storybook';
import { NotificationsButton } from './notifications-button';

const meta = {
  title: 'Features/Notifications/Button',
  component: NotificationsButton,
  ...mockApp,
  parameters: { layout: 'centered' },
} satisfies Meta<typeof NotificationsButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sam mentions Alex in a note and assigns Alex another conversation. */
async function twoForAlex({ api, asAgent }: MockAppSetup): Promise<string> {
  const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 2 });
  const [first, second] = data;
  if (!first || !second) throw new Error('two open conversations expected');
  const alexId = (await api.me()).agent.id;
  await asAgent('sam@acme.test', async (sam) => {
    await sam.sendMessage(first.id, { type: 'note', body: '@Alex could you check this?' });
    if (second.assigneeId === alexId) await sam.updateConversation(second.id, { assigneeId: null });
    await sam.updateConversation(second.id, { assigneeId: alexId });
  });
  return '/';
}

const body = () => within(document.body);

/** Nothing to read: no badge, and the list says so. */
export const NothingToRead: Story = {
  play: async ({ canvas, userEvent }) => {
    const button = await canvas.findByRole('button', { name: 'Notifications' });
    await waitFor(() => expect(document.title).toBe('Parley'));
    await userEvent.click(button);
    const dialog = await body().findByRole('dialog', { name: 'Notifications' });
    const empty = await within(dialog).findByText('No notifications');
    // The dialog fades in.
    await waitFor(() => expect(empty).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  },
};

/** Two unread: the badge and the tab title count them. */
export const Unread: Story = {
  parameters: { mockSetup: twoForAlex },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Notifications' });
    await waitFor(() => expect(document.title).toBe('(2) Parley'));
    await expect(button).toHaveAccessibleDescription('2 unread');
  },
};

export const UnreadDark: Story = { ...Unread, globals: { theme: 'dark' } };

/** The list open: newest first, each saying what happened and where; the sound switch. */
export const ListOpen: Story = {
  parameters: { mockSetup: twoForAlex },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Notifications' }));
    const dialog = await body().findByRole('dialog', { name: 'Notifications' });
    const items = await within(dialog).findAllByRole('button', { name: /unread/ });
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveAccessibleName(/was assigned to you/);
    await expect(items[1]).toHaveAccessibleName(/You were mentioned/);
    await expect(within(dialog).getByRole('switch', { name: 'Sound' })).not.toBeChecked();
  },
};

/** "Mark all read": the badge goes, the title too, and the server holds them read. */
export const MarkAllRead: Story = {
  parameters: { mockSetup: twoForAlex },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('button', { name: 'Notifications' }));
    const dialog = await body().findByRole('dialog', { name: 'Notifications' });
    await within(dialog).findAllByRole('button', { name: /unread/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    await waitFor(async () =>
      expect((await mockAppOf(context).api.listNotifications()).unreadCount).toBe(0),
    );
    await waitFor(() => expect(document.title).toBe('Parley'));
    await expect(within(dialog).queryAllByRole('button', { name: /unread/ })).toHaveLength(0);
  },
};

/** The list is slow to come. */
export const Loading: Story = {
  parameters: { mockScenario: { latencyMs: 10 * 60_000 } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Notifications' }));
    const dialog = await body().findByRole('dialog', { name: 'Notifications' });
    await expect(await within(dialog).findByText('Loading notifications')).toBeInTheDocument();
  },
};

/** The list fails: the reason and Retry, which brings it. */
export const Failed: Story = {
  parameters: {
    mockSetup: twoForAlex,
    mockFaults: [{ method: 'GET', path: '/api/notifications' }],
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Notifications' }));
    const dialog = await body().findByRole('dialog', { name: 'Notifications' });
    // Once the dialog has opened and the failure is shown (the first frames may still redraw it).
    await waitFor(() =>
      expect(within(dialog).getByText('Notifications could not be loaded')).toBeVisible(),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await expect(await within(dialog).findAllByRole('button', { name: /unread/ })).toHaveLength(2);
  },
};
