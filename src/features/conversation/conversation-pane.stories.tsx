// The conversation pane against the mock API: the thread with notes, mentions and status lines;
// each status; a long thread, scrolled up, and an older page that fails; a change that meets
// another agent's (409); a send that fails and is retried; a conversation that is not there; the
// @mention autocomplete; and dark.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { useDraftStore } from './composer/draft-store';
import { choose, findThread, idInPath, openNewest, PaneAtRoute } from './testing/pane-story';

/** The id of the conversation on screen. */
const shownId = (context: { loaded: Record<string, unknown> }) =>
  idInPath(mockAppOf(context).location.history[0]);

const meta = {
  title: 'Features/Conversation/Pane',
  component: PaneAtRoute,
  ...mockApp,
  // Drafts live in localStorage: every story starts with an empty composer on the Reply tab.
  beforeEach: (context) => {
    useDraftStore.setState({ drafts: {}, tabs: {} });
    return mockApp.beforeEach(context);
  },
  parameters: { layout: 'fullscreen', mockSetup: openNewest('open') },
} satisfies Meta<typeof PaneAtRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The newest open conversation: its contact, every action of SPEC section 5, the thread. */
export const Thread: Story = {
  play: async (context) => {
    const { canvas } = context;
    const c = await mockAppOf(context).api.getConversation(shownId(context));
    const log = await findThread(canvas);
    await expect(canvas.getByRole('heading', { name: c.contact.name })).toBeInTheDocument();
    await expect(log.textContent).not.toBe('');
    for (const name of ['Status', 'Snooze', 'Mark as spam', 'Priority', 'Assignee', 'Sync']) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
    await expect(canvas.getByRole('button', { name: /^(Follow|Unfollow)$/ })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Add tag' })).toBeEnabled();
    await expect(canvas.getByRole('tab', { name: 'Reply' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('tab', { name: 'Note' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
  },
};

export const ThreadDark: Story = { ...Thread, globals: { theme: 'dark' } };

const NOTE = '@Alex can you take this one? They are on the enterprise plan.';

/** Sam's note mentions Alex; Alex marks it pending and opens it again: two status lines. */
export const NotesMentionsAndStatusEvents: Story = {
  parameters: {
    mockSetup: openNewest('open', async ({ api, asAgent }, c) => {
      await asAgent('sam@acme.test', (asSam) =>
        asSam.sendMessage(c.id, { type: 'note', body: NOTE }),
      );
      await api.updateConversation(c.id, { status: 'pending' });
      await api.sendMessage(c.id, { type: 'chat', body: 'Thanks for waiting, I am on it.' });
      await api.updateConversation(c.id, { status: 'open' });
    }),
  },
  play: async ({ canvas }) => {
    const log = await findThread(canvas);
    const mention = await within(log).findByText('@Alex');
    await expect(mention.tagName).toBe('MARK');
    await expect(log).toHaveTextContent('can you take this one?');
    await expect(within(log).getByText('Alex marked the conversation as pending')).toBeVisible();
    await expect(within(log).getByText('Alex reopened the conversation')).toBeVisible();
    await expect(log).toHaveTextContent('Thanks for waiting, I am on it.');
  },
};

export const NotesMentionsAndStatusEventsDark: Story = {
  ...NotesMentionsAndStatusEvents,
  globals: { theme: 'dark' },
};

/** Closed: the status says so, and the thread says who closed it. */
export const Closed: Story = {
  parameters: {
    mockSetup: openNewest('open', ({ api }, c) =>
      api.updateConversation(c.id, { status: 'closed' }).then(() => undefined),
    ),
  },
  play: async ({ canvas }) => {
    const log = await findThread(canvas);
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Closed');
    await expect(within(log).getByText('Alex closed the conversation')).toBeVisible();
  },
};

/** Snoozed: the status shows until when; the Snooze menu offers Unsnooze. */
export const Snoozed: Story = {
  parameters: { mockSetup: openNewest('snoozed') },
  play: async (context) => {
    await findThread(context.canvas);
    await expect(context.canvas.getByRole('button', { name: 'Status' })).toHaveTextContent(
      /Snoozed until/,
    );
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Snooze' }));
    const menu = await context.canvas.findByRole('menu', { name: 'Snooze' });
    await expect(within(menu).getByRole('menuitem', { name: 'Unsnooze' })).toBeInTheDocument();
  },
};

/** Spam: "Restore" instead of "Mark as spam"; restoring puts it back where it was. */
export const Spam: Story = {
  parameters: { mockSetup: openNewest('spam') },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await findThread(canvas);
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Spam');
    await expect(canvas.queryByRole('button', { name: 'Mark as spam' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Restore' }));
    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(await within(toasts).findByText('Restored from spam')).toBeInTheDocument();
    await expect(await canvas.findByRole('button', { name: 'Mark as spam' })).toBeEnabled();
    const saved = await mockAppOf(context).api.getConversation(shownId(context));
    await expect(saved.status).not.toBe('spam');
  },
};

/** 2,000 messages: the thread opens at the newest and draws only what is in view. */
export const LongThread: Story = {
  parameters: { mockScenario: { threadSize: 2_000 } },
  play: async ({ canvas }) => {
    const log = await findThread(canvas);
    await expect(
      await within(log).findByText(/^Message 2000 of 2000:/, {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(within(log).queryByText(/^Message 1 of 2000:/)).not.toBeInTheDocument();
    await expect(log.querySelectorAll('.thread-message').length).toBeLessThan(100);
  },
};

/** Scrolled up: the page before comes in above the message being read, which stays in view. */
export const LongThreadScrolledUp: Story = {
  parameters: { mockScenario: { threadSize: 2_000 } },
  play: async ({ canvas }) => {
    const log = await findThread(canvas);
    await within(log).findByText(/^Message 2000 of 2000:/, {}, { timeout: 10_000 });
    // The pane's own scroll to the newest message waits for a frame's layout: scroll up after it.
    await waitFor(() => expect(log.scrollTop).toBeGreaterThan(0));
    const before = log.scrollHeight;
    log.scrollTop = 0;
    // The older page arrives above, and the view does not jump to its top. (Which row stays in
    // view is the paging test's to check, in thread-paging.test.tsx: here the virtualizer's
    // measuring in a real browser makes the exact row vary by a few.)
    await waitFor(() => expect(log.scrollHeight).toBeGreaterThan(before), { timeout: 10_000 });
    await waitFor(() => expect(log.scrollTop).toBeGreaterThan(0));
    await expect(within(log).getAllByText(/^Message \d+ of 2000:/).length).toBeGreaterThan(0);
  },
};

/** An older page fails: the top of the thread says so, and "Retry" loads it. */
export const LongThreadEarlierPageFails: Story = {
  parameters: { mockScenario: { threadSize: 2_000 } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const log = await findThread(canvas);
    await within(log).findByText(/^Message 2000 of 2000:/, {}, { timeout: 10_000 });
    mockAppOf(context).failNext({ method: 'GET', path: /^\/api\/conversations\/\d+\/messages$/ });
    await waitFor(() => expect(log.scrollTop).toBeGreaterThan(0));
    log.scrollTop = 0;
    const alert = await within(log).findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Earlier messages could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(
      await within(log).findByText(/^Message 1900 of 2000:/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

/** Close, with Undo: the thread says who closed it, and Undo reopens it on the server. */
export const CloseWithUndo: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const log = await findThread(canvas);
    await choose(context, 'Status', 'Closed');
    await expect(await within(log).findByText('Alex closed the conversation')).toBeVisible();
    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(await within(toasts).findByText('Conversation closed')).toBeInTheDocument();
    await userEvent.click(within(toasts).getByRole('button', { name: 'Undo' }));
    // Undo leaves no trace (SPEC 7.2): the close's line goes, and no "reopened" line comes.
    await waitFor(() =>
      expect(within(log).queryByText('Alex closed the conversation')).not.toBeInTheDocument(),
    );
    await expect(within(log).queryByText('Alex reopened the conversation')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Open');
    const saved = await mockAppOf(context).api.getConversation(shownId(context));
    await expect(saved.status).toBe('open');
  },
};

/**
 * A 409: Sam marks the conversation pending after it was drawn, then Alex closes it from the
 * copy on screen. The server refuses the stale change; the pane says who changed what and shows
 * the conversation as it is now.
 */
export const Conflict409: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api, asAgent } = mockAppOf(context);
    await findThread(canvas);
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Open');
    const onScreen = await api.getConversation(shownId(context));
    await asAgent('sam@acme.test', (asSam) =>
      asSam.updateConversation(onScreen.id, { status: 'pending' }, { ifMatch: onScreen.version }),
    );

    await choose(context, 'Status', 'Closed');
    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(
      await within(toasts).findByText(
        'Sam marked this conversation pending. You are now seeing the latest version.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Status' })).toHaveTextContent('Pending'),
    );
    await expect((await api.getConversation(onScreen.id)).status).toBe('pending');
  },
};

const REPLY = 'I have refunded the order; it shows on your card in 3 to 5 days.';

/** The send fails: the draft comes back with the reason and "Retry", which sends it once. */
export const FailedSendThenRetry: Story = {
  parameters: { mockFaults: [{ method: 'POST', path: /^\/api\/conversations\/\d+\/messages$/ }] },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const log = await findThread(canvas);
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, REPLY);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));

    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Not sent: Simulated failure (mock fault)');
    await expect(box).toHaveValue(REPLY);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    await expect(await within(log).findByText(REPLY)).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(box).toHaveValue('');
    // The row shows from the moment of the retry: wait for the send to land before counting.
    await waitFor(() => expect(within(log).queryByText('Sending…')).not.toBeInTheDocument());
    const { data } = await mockAppOf(context).api.listMessages(shownId(context), { limit: 100 });
    await expect(data.filter((m) => m.body === REPLY)).toHaveLength(1);
  },
};

/** The conversation fails to load (its read and both retries); "Retry" loads it. */
export const LoadErrorThenRetry: Story = {
  parameters: {
    mockFaults: [{ method: 'GET', path: /^\/api\/conversations\/\d+$/, times: 3 }],
  },
  play: async ({ canvas, userEvent }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('The conversation could not be loaded');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await findThread(canvas)).toBeInTheDocument();
  },
};

/** Every answer takes minutes: the pane says it is loading. */
export const Loading: Story = {
  parameters: { mockScenario: { latencyMs: 10 * 60_000 } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('status', { name: 'Loading conversation' }),
    ).toBeInTheDocument();
  },
};

/** An id that is not there (deleted, or another organization's). */
export const NotFound: Story = {
  parameters: { mockSetup: async () => '/inbox/1/conversations/999999?view=open&sort=newest' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Conversation not found', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await expect(canvas.queryByRole('textbox', { name: 'Message' })).not.toBeInTheDocument();
  },
};

/** In a note, "@Sa" offers Sam; Enter puts "@Sam " in the text, and the note is sent with it. */
export const MentionAutocomplete: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const log = await findThread(canvas);
    await userEvent.click(canvas.getByRole('tab', { name: 'Note' }));
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'Can you check this @Sa');
    const listbox = await canvas.findByRole('listbox', { name: 'Mention an agent' });
    const options = within(listbox).getAllByRole('option');
    await expect(options).toHaveLength(1);
    await expect(options[0]).toHaveTextContent(/Sam$/);
    await expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{Enter}');
    await expect(box).toHaveValue('Can you check this @Sam ');
    await expect(canvas.queryByRole('listbox')).not.toBeInTheDocument();

    await userEvent.type(box, 'today?');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const mention = await within(log).findByText('@Sam');
    await expect(mention.tagName).toBe('MARK');
  },
};

export const MentionAutocompleteDark: Story = {
  ...MentionAutocomplete,
  globals: { theme: 'dark' },
};
