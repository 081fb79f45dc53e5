// The conversation header's actions against the mock API, each checked on the server: tags,
// snooze (a preset with Undo, a custom time refused in the past), priority and assignee,
// follow and sync, a ticket, and deleting as an admin (an agent is not offered it).
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../../mocks/storybook';
import { useDraftStore } from '../composer/draft-store';
import { choose, idInPath, openNewest, PaneAtRoute } from '../testing/pane-story';

const meta = {
  title: 'Features/Conversation/Header actions',
  component: PaneAtRoute,
  ...mockApp,
  beforeEach: (context) => {
    useDraftStore.setState({ drafts: {}, tabs: {} });
    return mockApp.beforeEach(context);
  },
  parameters: { layout: 'fullscreen', mockSetup: openNewest('open') },
} satisfies Meta<typeof PaneAtRoute>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** The conversation on screen, once its thread is in, and the API to check it on the server. */
async function opened(context: Context) {
  await context.canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
  const { api, location } = mockAppOf(context);
  const id = idInPath(location.history[0]);
  return { api, id, saved: () => api.getConversation(id) };
}

const toasts = (context: Context) => context.canvas.getByRole('status', { name: 'Notifications' });

/** A new tag, in a colour of its own; "Remove tag <name>" takes it off again. */
export const AddAndRemoveTag: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { saved } = await opened(context);
    await userEvent.click(canvas.getByRole('button', { name: 'Add tag' }));
    const popover = await canvas.findByRole('dialog', { name: 'Add tag' });
    await userEvent.type(within(popover).getByRole('textbox', { name: 'Tag name' }), 'vip-renewal');
    await userEvent.click(within(popover).getByRole('button', { name: 'Create tag' }));
    const remove = await canvas.findByRole('button', { name: 'Remove tag vip-renewal' });
    await waitFor(async () =>
      expect((await saved()).conversationTags.map((t) => t.name)).toContain('vip-renewal'),
    );
    await userEvent.click(remove);
    await waitFor(() =>
      expect(canvas.queryByRole('button', { name: 'Remove tag vip-renewal' })).toBeNull(),
    );
    await waitFor(async () =>
      expect((await saved()).conversationTags.map((t) => t.name)).not.toContain('vip-renewal'),
    );
  },
};

/** "1 hour" snoozes it, with Undo, which puts it back open. */
export const SnoozeWithUndo: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { saved } = await opened(context);
    await choose(context, 'Snooze', '1 hour');
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent(/Snoozed until/);
    await waitFor(async () => expect((await saved()).status).toBe('snoozed'));
    await userEvent.click(await within(toasts(context)).findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await saved()).status).toBe('open'));
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Open');
  },
};

/** "Custom…" refuses a time in the past where it was typed, and sends nothing. */
export const CustomSnoozeInThePast: Story = {
  play: async (context) => {
    const { userEvent } = context;
    const { saved } = await opened(context);
    await choose(context, 'Snooze', 'Custom…');
    const dialog = await within(document.body).findByRole('dialog', { name: 'Snooze until' });
    const when = within(dialog).getByLabelText('Snooze until');
    await userEvent.clear(when);
    await userEvent.type(when, '2020-01-01T09:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    // The dialog fades in: the message is readable once it has.
    const message = await within(dialog).findByText('Choose a time in the future.');
    await waitFor(() => expect(message).toBeVisible());
    await expect((await saved()).status).toBe('open');
  },
};

/** Urgent, and assigned to Sam: both on the buttons (the avatar inside the value) and saved. */
export const PriorityAndAssignee: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api, saved } = await opened(context);
    await choose(context, 'Priority', 'Urgent');
    await expect(canvas.getByRole('button', { name: 'Priority' })).toHaveTextContent('Urgent');
    await choose(context, 'Assignee', 'Sam');
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Assignee' })).toHaveTextContent(/Sam/),
    );
    const sam = (await api.listAgents()).agents.find((a) => a.name === 'Sam');
    await waitFor(async () => {
      const c = await saved();
      await expect(c.priority).toBe('urgent');
      await expect(c.assigneeId).toBe(sam?.id);
    });
  },
};

export const PriorityAndAssigneeDark: Story = {
  ...PriorityAndAssignee,
  globals: { theme: 'dark' },
};

/** Follow becomes Unfollow; Sync asks for a push and says so. */
export const FollowAndSync: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { saved } = await opened(context);
    const follow = canvas.queryByRole('button', { name: 'Follow' });
    if (!follow) await userEvent.click(canvas.getByRole('button', { name: 'Unfollow' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Follow' }));
    await expect(await canvas.findByRole('button', { name: 'Unfollow' })).toBeEnabled();
    await waitFor(async () => expect((await saved()).followers.length).toBeGreaterThan(0));
    await userEvent.click(canvas.getByRole('button', { name: 'Sync' }));
    await expect(await within(toasts(context)).findByText('Sync requested')).toBeInTheDocument();
  },
};

/** A ticket needs a title; once created it is linked to the conversation. */
export const CreateTicket: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { saved } = await opened(context);
    await choose(context, 'More actions', 'Create ticket');
    const dialog = await within(document.body).findByRole('dialog', { name: 'Create ticket' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create ticket' }));
    // The dialog fades in: the message is readable once it has.
    const message = await within(dialog).findByText('Give the ticket a title.');
    await waitFor(() => expect(message).toBeVisible());
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Refund the duplicate charge',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create ticket' }));
    const links = await canvas.findByRole('list', { name: 'Links' });
    await expect(within(links).getByText(/^Ticket #\d+$/)).toBeVisible();
    await expect((await saved()).links.some((l) => l.type === 'ticket')).toBe(true);
  },
};

/** An admin deletes it: gone from the server, a toast, and back to the list. */
export const DeleteAsAdmin: Story = {
  parameters: { signedInAs: 'admin@acme.test' },
  play: async (context) => {
    const { userEvent } = context;
    const { api, id } = await opened(context);
    await choose(context, 'More actions', 'Delete');
    const dialog = await within(document.body).findByRole('dialog', {
      name: 'Delete this conversation?',
    });
    await expect(
      within(dialog).getByRole('checkbox', { name: 'Keep this conversation in reports' }),
    ).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete conversation' }));
    await expect(
      await within(toasts(context)).findByText('Conversation deleted'),
    ).toBeInTheDocument();
    await expect(api.getConversation(id)).rejects.toMatchObject({ status: 404 });
    await expect(mockAppOf(context).location.history.at(-1)).toMatch(/^\/inbox\/1\?view=open/);
  },
};

/** An agent is not offered Delete. */
export const NoDeleteForAgents: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await opened(context);
    await userEvent.click(canvas.getByRole('button', { name: 'More actions' }));
    const menu = await canvas.findByRole('menu', { name: 'More actions' });
    await expect(within(menu).getByRole('menuitem', { name: 'Create ticket' })).toBeInTheDocument();
    await expect(within(menu).queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();
  },
};
