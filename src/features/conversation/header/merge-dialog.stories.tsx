// "Merge into…" against the mock API: the dialog's states (the contact's other conversations
// before anything is typed, a search's matches, no match, merging, a refusal), each checked on
// the server where it changes anything.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../../mocks/storybook';
import { useDraftStore } from '../composer/draft-store';
import { usePaneDialogStore } from '../pane-dialog-store';
import { choose, idInPath, openNewest, PaneAtRoute } from '../testing/pane-story';

const meta = {
  title: 'Features/Conversation/Merge into',
  component: PaneAtRoute,
  ...mockApp,
  beforeEach: (context) => {
    useDraftStore.setState({ drafts: {}, tabs: {} });
    usePaneDialogStore.setState({ dialog: null });
    return mockApp.beforeEach(context);
  },
  parameters: { layout: 'fullscreen', mockSetup: openNewest('open') },
} satisfies Meta<typeof PaneAtRoute>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** Opens the dialog on the story's conversation; answers it, its id and another open one. */
async function openDialog(context: Context) {
  await context.canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
  const { api, location } = mockAppOf(context);
  const id = idInPath(location.history[0]);
  const { data } = await api.listConversations({ view: 'open', sort: 'oldest', limit: 5 });
  const other = data.find((c) => c.id !== id);
  if (!other) throw new Error('no other open conversation');
  await choose(context, 'More actions', 'Merge into…');
  const dialog = await within(document.body).findByRole('dialog', {
    name: 'Merge into another conversation',
  });
  return { api, id, other, dialog, location };
}

const search = (dialog: HTMLElement) =>
  within(dialog).getByRole('searchbox', { name: 'Find conversation' });

/** Nothing typed: the contact's other conversations are offered; Merge waits for a choice. */
export const EmptyQuery: Story = {
  play: async (context) => {
    const { api, id, dialog } = await openDialog(context);
    const contact = (await api.getConversation(id)).contact.name;
    await expect(search(dialog)).toHaveFocus();
    await expect(dialog).toHaveTextContent(`${contact}'s other conversations`);
    await expect(within(dialog).getByRole('button', { name: 'Merge' })).toBeDisabled();
  },
};

/** "#<id>" finds that conversation with its contact and last message; choosing says what moves. */
export const Filtered: Story = {
  play: async (context) => {
    const { userEvent } = context;
    const { id, other, dialog } = await openDialog(context);
    await userEvent.type(search(dialog), `#${other.id}`);
    const option = await within(dialog).findByRole(
      'button',
      { name: new RegExp(`#${other.id}\\b`) },
      { timeout: 5000 },
    );
    await expect(option).toHaveTextContent(other.contact.name);
    await userEvent.click(option);
    await expect(option).toHaveAttribute('aria-pressed', 'true');
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      `Every message, note and event of #${id} moves into #${other.id}`,
    );
    await expect(
      within(dialog).getByRole('button', { name: `Merge into #${other.id}` }),
    ).toBeEnabled();
  },
};

/** A search that finds nothing says so. */
export const NoMatch: Story = {
  play: async (context) => {
    const { dialog } = await openDialog(context);
    await context.userEvent.type(search(dialog), 'qqxqqzz');
    await expect(
      await within(dialog).findByText('No conversation matches.', {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/** Merging on a slow line: "Merging…" until the server agrees, then the target opens. */
export const Running: Story = {
  parameters: { mockScenario: { latencyMs: 700 } },
  play: async (context) => {
    const { userEvent } = context;
    const { api, id, other, dialog, location } = await openDialog(context);
    await userEvent.type(search(dialog), `#${other.id}`);
    await userEvent.click(
      await within(dialog).findByRole(
        'button',
        { name: new RegExp(`#${other.id}\\b`) },
        { timeout: 8000 },
      ),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: `Merge into #${other.id}` }));
    await expect(within(dialog).getByRole('button', { name: 'Merging…' })).toBeDisabled();
    await waitFor(() => expect(location.history.at(-1)).toContain(`/conversations/${other.id}`), {
      timeout: 8000,
    });
    await waitFor(async () =>
      expect(await api.getConversation(id)).toMatchObject({
        status: 'merged',
        mergedInto: other.id,
      }),
    );
  },
};

/** The server refuses: the dialog stays, says why, and nothing was merged. */
export const Refused: Story = {
  parameters: { mockFaults: [{ method: 'POST', path: /\/merge$/, status: 503 }] },
  play: async (context) => {
    const { userEvent } = context;
    const { api, id, other, dialog } = await openDialog(context);
    await userEvent.type(search(dialog), `#${other.id}`);
    await userEvent.click(
      await within(dialog).findByRole(
        'button',
        { name: new RegExp(`#${other.id}\\b`) },
        { timeout: 5000 },
      ),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: `Merge into #${other.id}` }));
    await expect(await within(dialog).findByRole('alert')).not.toHaveTextContent('');
    await expect((await api.getConversation(id)).mergedInto).toBeNull();
  },
};
