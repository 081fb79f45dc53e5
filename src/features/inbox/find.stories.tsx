// Finding conversations against the mock API: search results with the words marked, the
// shortcuts and saved views in the navigation, "Save view", and "Waiting longest".
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { InboxScreen } from './story-screen';

const meta = {
  title: 'Features/Inbox/Find',
  component: InboxScreen,
  ...mockApp,
  parameters: { layout: 'fullscreen', route: '/inbox/1?view=open&sort=newest' },
} satisfies Meta<typeof InboxScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const findList = (canvas: ReturnType<typeof within>) =>
  canvas.findByRole('list', { name: 'Conversations' }, { timeout: 10_000 });

/** A search: best match first, the words marked in the row. */
export const SearchResults: Story = {
  parameters: {
    mockSetup: async (app) => {
      await app.api.inbound('acme-demo-inbox-token', {
        channel: 'email',
        contact: { email: 'pia.lund@example.com', name: 'Pia Lund' },
        body: 'The thermostat shows a zanzibar error',
      });
      return '/inbox/1?view=all&sort=relevance&q=zanzibar';
    },
  },
  play: async ({ canvas }) => {
    const list = await findList(canvas);
    await expect(canvas.getByRole('searchbox', { name: 'Search conversations' })).toHaveValue(
      'zanzibar',
    );
    const [first] = within(list).getAllByRole('listitem');
    if (!first) throw new Error('no rows');
    await expect(within(first).getByText('zanzibar', { selector: 'mark' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sort' })).toHaveTextContent('Best match');
  },
};

export const SearchResultsDark: Story = { ...SearchResults, globals: { theme: 'dark' } };

/** A search that finds nothing says so. */
export const SearchFindsNothing: Story = {
  parameters: { route: '/inbox/1?view=all&sort=relevance&q=qqzzxv' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('None match these filters.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

/** Saved views below the shortcuts, each with its count; the one on screen is current. */
export const SavedViews: Story = {
  parameters: {
    mockSetup: async (app) => {
      await app.api.createView({ name: 'Urgent', filter: { view: 'all', priority: 'urgent' } });
      await app.api.createView({ name: 'Email', filter: { view: 'open', channel: 'email' } });
      return '/inbox/1?view=all&sort=newest&priority=urgent';
    },
  },
  play: async ({ canvas }) => {
    await findList(canvas);
    const nav = canvas.getByRole('navigation', { name: 'Views' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Urgent \d+$/ })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
    for (const name of [/^Mine \d+$/, /^Unassigned \d+$/, /^Mentions \d+$/, /^Email \d+$/])
      await expect(within(nav).getByRole('link', { name })).toBeVisible();
    await expect(within(nav).getByRole('button', { name: 'Options for Urgent' })).toBeEnabled();
  },
};

/** "Save view" asks for a name and the view joins the navigation. */
export const SaveView: Story = {
  parameters: { route: '/inbox/1?view=open&sort=newest&channel=chat' },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await findList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Save view' }));
    const body = within(document.body);
    const dialog = await body.findByRole('dialog', { name: 'Save view' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Open chats');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const nav = canvas.getByRole('navigation', { name: 'Views' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Open chats \d+$/ })).toBeVisible(),
    );
    await expect(mockAppOf(context).location.history.at(-1)).toBe(
      '/inbox/1?view=open&sort=newest&channel=chat',
    );
  },
};

/** The longest-waiting contact first. */
export const WaitingLongest: Story = {
  parameters: { route: '/inbox/1?view=open&sort=waiting' },
  play: async ({ canvas }) => {
    await findList(canvas);
    await expect(canvas.getByRole('button', { name: 'Sort' })).toHaveTextContent('Waiting longest');
  },
};
