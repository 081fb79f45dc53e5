// Working together in the pane (SPEC 7.5): nobody else here, Sam viewing, Sam typing, two others,
// and the collision guard asking before a send that may answer something unread.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../../mocks/storybook';
import { conversationKeys, usePresenceStore } from '../../../queries';
import { useDraftStore } from '../composer/draft-store';
import { findThread, idInPath, openNewest, PaneAtRoute } from '../testing/pane-story';
import { useCollisionStore } from './collision-store';

const meta = {
  title: 'Features/Conversation/Together',
  component: PaneAtRoute,
  ...mockApp,
  beforeEach: (context) => {
    useDraftStore.setState({ drafts: {}, tabs: {} });
    useCollisionStore.setState({ began: {} });
    // Who was where in the story before (the same conversation, in a backend of its own).
    usePresenceStore.getState().clear();
    return mockApp.beforeEach(context);
  },
  parameters: { layout: 'fullscreen', mockSetup: openNewest('open') },
} satisfies Meta<typeof PaneAtRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

const presenceLine = (canvas: ReturnType<typeof within>) =>
  canvas.getAllByRole('status').find((el: HTMLElement) => el.classList.contains('presence-status'));

/** Nobody else is in the conversation: the status line is there, and says nothing. */
export const NobodyElse: Story = {
  play: async ({ canvas }) => {
    await findThread(canvas);
    await expect(presenceLine(canvas)).toHaveTextContent('');
  },
};

/** Sam has the conversation open. */
export const SamViewing: Story = {
  parameters: {
    mockSetup: openNewest('open', ({ asAgent }, c) =>
      asAgent('sam@acme.test', (sam) => sam.reportPresence(c.id, 'viewing')),
    ),
  },
  play: async ({ canvas }) => {
    await findThread(canvas);
    await expect(await canvas.findByText('Sam is viewing')).toHaveAttribute('role', 'status');
  },
};

/** Sam is writing in it. */
export const SamTyping: Story = {
  parameters: {
    mockSetup: openNewest('open', ({ asAgent }, c) =>
      asAgent('sam@acme.test', (sam) => sam.reportPresence(c.id, 'typing')),
    ),
  },
  play: async ({ canvas }) => {
    await findThread(canvas);
    await expect(await canvas.findByText('Sam is typing…')).toBeVisible();
  },
};

export const SamTypingDark: Story = { ...SamTyping, globals: { theme: 'dark' } };

/** Sam is typing and the admin is reading. */
export const TwoOthers: Story = {
  parameters: {
    mockSetup: openNewest('open', async ({ asAgent }, c) => {
      await asAgent('sam@acme.test', (sam) => sam.reportPresence(c.id, 'typing'));
      await asAgent('admin@acme.test', (admin) => admin.reportPresence(c.id, 'viewing'));
    }),
  },
  play: async ({ canvas }) => {
    await findThread(canvas);
    await expect(await canvas.findByText(/^Sam is typing… · .+ is viewing$/)).toBeVisible();
  },
};

/** The contact wrote while Alex was drafting: Send asks first; "Send anyway" sends. */
export const NewMessageSinceYouStarted: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const app = mockAppOf(context);
    const id = idInPath(app.location.history[0]);
    const log = await findThread(canvas);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Checking now');
    const c = await app.api.getConversation(id);
    await app.api.inbound('acme-demo-inbox-token', {
      channel: c.channel,
      contact: { email: c.contact.email, name: c.contact.name },
      body: 'Also, my address changed',
      conversationId: id,
    });
    // What the live stream would do: read the thread again.
    await app.queryClient.invalidateQueries({ queryKey: conversationKeys.messages(id) });
    await within(log).findByText('Also, my address changed');

    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const body = within(document.body);
    const ask = await body.findByRole('dialog', { name: 'New message since you started' });
    await expect(within(ask).getByRole('button', { name: 'Review' })).toHaveFocus();
    await userEvent.click(within(ask).getByRole('button', { name: 'Send anyway' }));
    await within(log).findByText('Checking now');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
  },
};
