// The whole inbox screen as the app composes it (views, list, the open conversation) with the
// connection line, against the mock API: a conversation open, and the app going offline with
// changes waiting, then coming back and sending them.
import { onlineManager } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { inboxHref } from '../features/inbox';
import { setScenario } from '../mocks/scenario';
import { mockApp, mockAppOf } from '../mocks/storybook';
import { ConnectionStatus } from './connection-status';
import { InboxLayout } from './inbox-layout';
import './app.css';

function InboxScreen() {
  return (
    <>
      <InboxLayout />
      <ConnectionStatus />
    </>
  );
}

const meta = {
  title: 'App/Inbox',
  component: InboxScreen,
  ...mockApp,
  parameters: {
    layout: 'fullscreen',
    // The newest open conversation, open beside the list.
    mockSetup: async ({ api }) => {
      const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 1 });
      const c = data[0];
      if (!c) throw new Error('no open conversation');
      return inboxHref(c.inboxId, { view: 'open', sort: 'newest' }, c.id);
    },
  },
  // A story that goes offline leaves online, with its waiting changes dropped first: sent later,
  // they would land in the next story's data.
  beforeEach: (context) => {
    const cleanUp = mockApp.beforeEach(context);
    return () => {
      mockAppOf(context).queryClient.getMutationCache().clear();
      onlineManager.setOnline(true);
      cleanUp();
    };
  },
} satisfies Meta<typeof InboxScreen>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

const findThread = (canvas: Canvas) =>
  canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });

/** The id of the conversation open on screen. */
const shownId = (context: { loaded: Record<string, unknown> }) =>
  Number(/\/conversations\/(\d+)/.exec(mockAppOf(context).location.history[0] ?? '')?.[1]);

/** Views, the list with the open conversation marked, and the conversation beside it. */
export const ConversationOpen: Story = {
  play: async (context) => {
    const { canvas } = context;
    await findThread(canvas);
    const list = await canvas.findByRole('list', { name: 'Conversations' });
    const current = within(list)
      .getAllByRole('link')
      .find((link) => link.getAttribute('aria-current') === 'page');
    await expect(current?.getAttribute('href')).toContain(`/conversations/${shownId(context)}?`);
    await expect(canvas.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    await expect(canvas.getByRole('status', { name: 'Connection' })).toHaveTextContent('');
  },
};

export const ConversationOpenDark: Story = { ...ConversationOpen, globals: { theme: 'dark' } };

const REPLY = 'Written on the train; it goes once we are back online.';

/** Offline: the line says so and counts the changes waiting; the screen shows them already. */
export const Offline: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await findThread(canvas);
    setScenario({ offline: true });
    onlineManager.setOnline(false);
    const connection = canvas.getByRole('status', { name: 'Connection' });
    await waitFor(() => expect(connection).toHaveTextContent('Offline'));

    await userEvent.click(canvas.getByRole('button', { name: 'Status' }));
    await userEvent.click(await canvas.findByRole('menuitemradio', { name: 'Pending' }));
    await waitFor(() => expect(connection).toHaveTextContent('Offline — 1 change waiting'));
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Pending');

    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), REPLY);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(connection).toHaveTextContent('Offline — 2 changes waiting'));
    // Nothing reached the server.
    const saved = await mockAppOf(context).api.getConversation(shownId(context));
    await expect(saved.status).toBe('open');
  },
};

export const OfflineDark: Story = { ...Offline, globals: { theme: 'dark' } };

/** Back online: the waiting changes are sent, in order, once each, and the line clears. */
export const BackOnline: Story = {
  play: async (context) => {
    await Offline.play?.(context);
    const { canvas } = context;
    const { api } = mockAppOf(context);
    setScenario({ offline: false });
    onlineManager.setOnline(true);
    const connection = canvas.getByRole('status', { name: 'Connection' });
    await waitFor(() => expect(connection).toHaveTextContent(''));
    const id = shownId(context);
    await waitFor(async () => expect((await api.getConversation(id)).status).toBe('pending'));
    // The reply goes after the status change (one queue, in order).
    await waitFor(async () => {
      const { data } = await api.listMessages(id, { limit: 100 });
      await expect(data.filter((m) => m.body === REPLY)).toHaveLength(1);
    });
    await expect(await within(await findThread(canvas)).findByText(REPLY)).toBeVisible();
  },
};
