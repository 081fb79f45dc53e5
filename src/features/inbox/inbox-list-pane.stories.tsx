// The inbox's views and list against the mock API, in every state that matters: loading, empty,
// failed and retried, one row, 10,000 rows, long names, each view and priority, the 25-row bulk
// limit, bulk close with Undo, and dark.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { BULK_LIMIT_MESSAGE, VIEW_LABELS, type Priority, type View } from '../../domain';
import { mockApp, mockAppOf, type MockAppSetup } from '../../mocks/storybook';
import { inboxHref } from './inbox-url';
import { InboxScreen } from './story-screen';

const meta = {
  title: 'Features/Inbox/List',
  component: InboxScreen,
  ...mockApp,
  parameters: { layout: 'fullscreen', route: '/inbox/1?view=open&sort=newest' },
} satisfies Meta<typeof InboxScreen>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/** The list, once its first page is in (the first story of a run also waits for the worker). */
const findList = (canvas: Canvas) =>
  canvas.findByRole('list', { name: 'Conversations' }, { timeout: 10_000 });

const rowsOf = (list: HTMLElement) => within(list).getAllByRole('listitem');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row's link is named by the contact, then the rest of the row. */
const startingWith = (name: string) => new RegExp(`^${escapeRegExp(name)}`);

/** The row at a position of the list (1-based), once the virtualizer has drawn it. */
function rowAt(list: HTMLElement, position: number): HTMLElement | undefined {
  return rowsOf(list).find((li) => li.getAttribute('aria-posinset') === String(position));
}

/** Globex (gina@globex.test) has one pending conversation and a handful in each other view. */
async function globexInbox({ backend }: MockAppSetup): Promise<number> {
  return (await backend.ready).globex.inboxId;
}

/** The Open view of the demo data (36 conversations), newest first. */
export const OpenView: Story = {
  play: async ({ canvas }) => {
    const list = await findList(canvas);
    await expect(canvas.getByRole('heading', { name: 'Open' })).toBeInTheDocument();
    const views = canvas.getByRole('navigation', { name: 'Views' });
    await waitFor(() =>
      expect(within(views).getByRole('link', { name: /^Open \d+$/ })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
    const first = rowsOf(list)[0];
    if (!first) throw new Error('no rows');
    const box = within(first).getByRole('checkbox', { name: /^Select conversation with / });
    const name = box.getAttribute('aria-label')?.replace('Select conversation with ', '') ?? '';
    await expect(within(first).getByRole('link', { name: startingWith(name) })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Sort' })).toHaveTextContent('Newest first');
  },
};

export const OpenViewDark: Story = { ...OpenView, globals: { theme: 'dark' } };

/** Every answer takes minutes: the list (and the counts) stay loading. */
export const Loading: Story = {
  parameters: { mockScenario: { latencyMs: 10 * 60_000 } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('status', { name: 'Loading conversations' }),
    ).toBeInTheDocument();
    await expect(canvas.queryByRole('list', { name: 'Conversations' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('checkbox', { name: 'Select all' })).toBeDisabled();
  },
};

/** A view with nothing in it: Globex's only pending conversation was closed. */
export const Empty: Story = {
  parameters: {
    signedInAs: 'gina@globex.test',
    mockSetup: async (app) => {
      const { data } = await app.api.listConversations({ view: 'pending' });
      for (const c of data) {
        await app.api.updateConversation(c.id, { status: 'closed' }, { ifMatch: c.version });
      }
      return inboxHref(await globexInbox(app), { view: 'pending', sort: 'newest' });
    },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('No pending conversations', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Pending 0' })).toBeInTheDocument();
    await expect(canvas.queryByRole('list', { name: 'Conversations' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('checkbox', { name: 'Select all' })).toBeDisabled();
  },
};

/** A filter that matches nothing says so, and "Clear filters" brings the view back. */
export const EmptyFiltered: Story = {
  parameters: { route: '/inbox/1?view=open&sort=newest&tag=no-such-tag' },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await expect(
      await canvas.findByText('None match these filters.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await expect(mockAppOf(context).location.history.at(-1)).toBe('/inbox/1?view=open&sort=newest');
    await expect(rowsOf(await findList(canvas)).length).toBeGreaterThan(0);
  },
};

/** The list's first read fails; "Retry" reads it again, and this time it comes. */
export const ErrorThenRetry: Story = {
  parameters: { mockFaults: [{ method: 'GET', path: '/api/conversations' }] },
  play: async ({ canvas, userEvent }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('The conversations could not be loaded');
    await expect(alert).toHaveTextContent('Simulated failure');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(rowsOf(await findList(canvas)).length).toBeGreaterThan(0);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** One conversation in the view: Select all takes just that one. */
export const OneConversation: Story = {
  parameters: {
    signedInAs: 'gina@globex.test',
    mockSetup: async (app) =>
      inboxHref(await globexInbox(app), { view: 'pending', sort: 'newest' }),
  },
  play: async ({ canvas, userEvent }) => {
    const list = await findList(canvas);
    await expect(rowsOf(list)).toHaveLength(1);
    await expect(rowsOf(list)[0]).toHaveAttribute('aria-setsize', '1');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select all' }));
    const toolbar = canvas.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(toolbar).toHaveTextContent('1 selected');
    await expect(within(toolbar).getByRole('button', { name: 'Close selected' })).toBeEnabled();
  },
};

/** 10,000 extra conversations: the list draws only the rows in view, and knows its length. */
export const TenThousandConversations: Story = {
  parameters: { mockScenario: { datasetSize: 10_000 } },
  play: async (context) => {
    const { canvas } = context;
    const list = await findList(canvas);
    const { open } = await mockAppOf(context).api.counts();
    await expect(open).toBeGreaterThan(5_000);
    await expect(await canvas.findByRole('link', { name: 'Open 999+' })).toBeInTheDocument();
    await waitFor(() => expect(rowsOf(list)[0]).toHaveAttribute('aria-setsize', String(open)));
    // Virtualized: a screenful and a few more, not thousands.
    await expect(rowsOf(list).length).toBeLessThan(60);
  },
};

const LONG_NAME =
  'Maria-Fernanda Castellanos de la Vega y Montenegro-Whitfield, Head of Customer Experience (EMEA)';
const UNBROKEN_NAME = 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen';
const LONG_PREVIEW = `${'Our whole team has been locked out since the migration and every invoice since March shows the wrong VAT number, '.repeat(6)}please call back.`;

/** Names and previews far wider than the column: they are cut, never widen the list. */
export const LongNamesAndPreviews: Story = {
  parameters: {
    mockSetup: async ({ api }) => {
      const contacts = [
        { email: 'maria@castellanos.test', name: LONG_NAME },
        { email: 'wolfe@example.test', name: UNBROKEN_NAME },
      ];
      for (const contact of contacts) {
        await api.inbound('acme-demo-inbox-token', {
          channel: 'chat',
          contact,
          body: LONG_PREVIEW,
        });
      }
    },
  },
  play: async ({ canvas }) => {
    const list = await findList(canvas);
    for (const name of [LONG_NAME, UNBROKEN_NAME]) {
      const box = await within(list).findByRole('checkbox', {
        name: `Select conversation with ${name}`,
      });
      const row = box.closest('li');
      if (!row) throw new Error(`no row for ${name}`);
      await expect(within(row).getByRole('link', { name: startingWith(name) })).toBeVisible();
      await expect(row).toHaveTextContent(LONG_PREVIEW.slice(0, 60));
    }
    const scroller = list.parentElement;
    if (!scroller) throw new Error('no scroller');
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
  },
};

/** The five newest open conversations get each priority; every one but "none" shows its icon. */
export const EveryPriority: Story = {
  parameters: {
    mockSetup: async ({ api }) => {
      const priorities: Priority[] = ['none', 'low', 'medium', 'high', 'urgent'];
      const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 5 });
      for (const [i, c] of data.entries()) {
        const priority = priorities[i] ?? 'none';
        await api.updateConversation(c.id, { priority }, { ifMatch: c.version });
      }
    },
  },
  play: async ({ canvas }) => {
    const list = await findList(canvas);
    for (const name of ['Low priority', 'Medium priority', 'High priority', 'Urgent priority']) {
      await expect(within(list).getAllByRole('img', { name }).length).toBeGreaterThan(0);
    }
    await expect(within(list).queryByRole('img', { name: 'No priority' })).not.toBeInTheDocument();
  },
};

/** A view other than Open: its heading, its link marked current, and its own bulk actions. */
function viewStory(view: View, bulkAction: string): Story {
  return {
    parameters: { route: `/inbox/1?view=${view}&sort=newest` },
    play: async ({ canvas, userEvent }) => {
      const list = await findList(canvas);
      const label = VIEW_LABELS[view];
      await expect(canvas.getByRole('heading', { name: label })).toBeInTheDocument();
      const link = await canvas.findByRole('link', { name: new RegExp(`^${label} \\d+$`) });
      await expect(link).toHaveAttribute('aria-current', 'page');
      const box = within(list).getAllByRole('checkbox')[0];
      if (!box) throw new Error('no rows');
      await userEvent.click(box);
      const toolbar = canvas.getByRole('toolbar', { name: 'Bulk actions' });
      await expect(within(toolbar).getByRole('button', { name: bulkAction })).toBeEnabled();
    },
  };
}

export const PendingView = viewStory('pending', 'Reopen');
export const SnoozedView = viewStory('snoozed', 'Mark pending');
export const ClosedView = viewStory('closed', 'Reopen');
/** Spam offers "Restore" instead of "Mark as spam". */
export const SpamView = viewStory('spam', 'Restore');
/** Every status but spam. */
export const AllView = viewStory('all', 'Mark as spam');

/** "Select all" takes the first 25, the most one bulk request may change. */
export const SelectAll25: Story = {
  play: async ({ canvas, userEvent }) => {
    await findList(canvas);
    const selectAll = canvas.getByRole('checkbox', { name: 'Select all' });
    await userEvent.click(selectAll);
    const toolbar = await canvas.findByRole('toolbar', { name: 'Bulk actions' });
    await expect(toolbar).toHaveTextContent('25 selected');
    await expect(selectAll).toBeChecked();
    await expect(within(toolbar).getByRole('button', { name: 'Close selected' })).toBeEnabled();
    await expect(within(toolbar).queryByText(BULK_LIMIT_MESSAGE)).not.toBeInTheDocument();
  },
};

/** One more than the limit: "Close selected" is disabled, and the toolbar says why. */
export const Selected26OverLimit: Story = {
  play: async ({ canvas, userEvent }) => {
    const list = await findList(canvas);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select all' }));
    await expect(await canvas.findByRole('toolbar', { name: 'Bulk actions' })).toHaveTextContent(
      '25 selected',
    );
    // Row 26 is below the fold: scroll the list until the virtualizer draws it.
    const scroller = list.parentElement;
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = 20 * 64;
    const row26 = await waitFor(() => {
      const row = rowAt(list, 26);
      if (!row) throw new Error('row 26 not drawn yet');
      return row;
    });
    await userEvent.click(within(row26).getByRole('checkbox'));
    const toolbar = canvas.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(toolbar).toHaveTextContent('26 selected');
    await expect(within(toolbar).getByRole('button', { name: 'Close selected' })).toBeDisabled();
    await expect(within(toolbar).getByRole('status')).toHaveTextContent(BULK_LIMIT_MESSAGE);
  },
};

export const Selected26OverLimitDark: Story = {
  ...Selected26OverLimit,
  globals: { theme: 'dark' },
};

/** The id of the conversation a row links to. */
function idOf(row: HTMLElement): number {
  const href = within(row).getByRole('link').getAttribute('href') ?? '';
  const id = Number(/\/conversations\/(\d+)/.exec(href)?.[1]);
  if (!id) throw new Error(`no conversation id in ${href}`);
  return id;
}

const rowOf = (list: HTMLElement, id: number) =>
  rowsOf(list).find((row) => idOf(row) === id) ?? null;

/** Two closed at once leave the list; "Undo" brings both back, on the server too. */
export const BulkCloseWithUndo: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { api } = mockAppOf(context);
    const list = await findList(canvas);
    const rows = rowsOf(list).slice(0, 2);
    const ids = rows.map(idOf);
    for (const row of rows) await userEvent.click(within(row).getByRole('checkbox'));
    const toolbar = canvas.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(toolbar).toHaveTextContent('2 selected');
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Close selected' }));

    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(await within(toasts).findByText('2 conversations closed')).toBeInTheDocument();
    await waitFor(() => expect(ids.map((id) => rowOf(list, id))).toEqual([null, null]));
    for (const id of ids) {
      await waitFor(async () => expect((await api.getConversation(id)).status).toBe('closed'));
    }

    await userEvent.click(within(toasts).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ids.every((id) => rowOf(list, id) !== null)).toBe(true));
    for (const id of ids) {
      await waitFor(async () => expect((await api.getConversation(id)).status).toBe('open'));
    }
  },
};

/** The order is in the address, so a shared link keeps it. */
export const SortOldestFirst: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await findList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sort' }));
    await userEvent.click(await canvas.findByRole('menuitemradio', { name: 'Oldest first' }));
    await expect(mockAppOf(context).location.history.at(-1)).toBe('/inbox/1?view=open&sort=oldest');
    await expect(canvas.getByRole('button', { name: 'Sort' })).toHaveTextContent('Oldest first');
  },
};

/** "?" shows the keyboard shortcuts. */
export const KeyboardShortcuts: Story = {
  play: async ({ canvas, userEvent }) => {
    await findList(canvas);
    await userEvent.keyboard('?');
    const dialog = await within(document.body).findByRole('dialog', {
      name: 'Keyboard shortcuts',
    });
    await expect(dialog).toHaveTextContent('Close the conversation, or the selected ones');
  },
};

/** "Assigned to me" narrows the list to Alex's conversations, and the address keeps the filter. */
export const FilterAssignedToMe: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { api, location } = mockAppOf(context);
    const list = await findList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Filter by assignee' }));
    await userEvent.click(await canvas.findByRole('menuitemradio', { name: 'Assigned to me' }));
    await expect(location.history.at(-1)).toBe('/inbox/1?view=open&sort=newest&assignee=me');
    const mine = await api.listConversations({ view: 'open', assignee: 'me', limit: 100 });
    await expect(mine.data.length).toBeGreaterThan(0);
    // A new list (the filtered one) replaces the first.
    await waitFor(() => expect(list).not.toBeInTheDocument());
    const filtered = await findList(canvas);
    await waitFor(() => expect(rowsOf(filtered)).toHaveLength(mine.data.length));
    for (const row of rowsOf(filtered)) {
      await expect(row).toHaveTextContent('Assigned to Alex');
    }
  },
};
