// Reports against the mock API: a preset range, a change of range, custom dates (refused and
// applied), a range with nothing in it, deleted conversations counted, loading, a failed read with
// Retry, and dark. Presets end today, so the figures move with the clock; the plays check what
// holds on any day.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { setScenario } from '../../mocks/scenario';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { ReportsScreen } from '.';

function ReportsPage() {
  return (
    <main style={{ minHeight: '100vh' }}>
      <ReportsScreen />
    </main>
  );
}

const meta = {
  title: 'Features/Reports/Screen',
  component: ReportsPage,
  ...mockApp,
  parameters: { layout: 'fullscreen', route: '/reports?range=30d' },
} satisfies Meta<typeof ReportsPage>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/** The value shown for a figure of the summary (its `<dd>`), e.g. "Created". */
async function figure(canvas: Canvas, label: string): Promise<HTMLElement> {
  const term = await canvas.findByText(label, { selector: 'dt' }, { timeout: 10_000 });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

/** Once the figures of a new range are in (the old ones stay on screen meanwhile). */
const settled = (canvas: Canvas) =>
  waitFor(() =>
    expect(canvas.queryByRole('status', { name: 'Updating the figures' })).not.toBeInTheDocument(),
  );

/** The last 30 days of the demo data: totals, medians, both charts and their tables. */
export const Last30Days: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Reports' })).toBeInTheDocument();
    const created = await figure(canvas, 'Created');
    await expect(Number(created.textContent)).toBeGreaterThan(0);
    const range = canvas.getByRole('group', { name: 'Date range' });
    await expect(within(range).getByRole('button', { name: 'Last 30 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const byStatus = canvas.getByRole('figure', { name: 'Conversations by status' });
    const toggle = within(byStatus).getByRole('button', { name: 'Show as table' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(within(byStatus).getByRole('rowheader', { name: 'Open' })).toBeVisible();
    await expect(
      await canvas.findByRole('figure', { name: /^Created and closed per/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

export const Last30DaysDark: Story = { ...Last30Days, globals: { theme: 'dark' } };

/** Another preset: the address follows, so a shared link shows the same range. */
export const ChangeRange: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await figure(canvas, 'Created');
    await userEvent.click(canvas.getByRole('button', { name: 'Last 7 days' }));
    await expect(mockAppOf(context).location.history.at(-1)).toBe('/reports?range=7d');
    await expect(canvas.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await settled(canvas);
    await expect(await figure(canvas, 'Created')).toBeVisible();
  },
};

/** While another range loads (here: for minutes), the figures on screen stay, legible, and a
 * status says they are being replaced. */
export const UpdatingRange: Story = {
  play: async ({ canvas, userEvent }) => {
    const created = await figure(canvas, 'Created');
    const before = created.textContent;
    setScenario({ latencyMs: 10 * 60_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Last 90 days' }));
    await expect(
      await canvas.findByRole('status', { name: 'Updating the figures' }),
    ).toBeInTheDocument();
    await expect(created).toHaveTextContent(before ?? '');
    await expect(created).toBeVisible();
  },
};

/** Custom dates the API would refuse are explained and not sent; valid ones are applied. */
export const CustomRange: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await figure(canvas, 'Created');
    await userEvent.click(canvas.getByRole('button', { name: 'Custom' }));
    const form = canvas.getByRole('form', { name: 'Custom range' });
    const from = within(form).getByLabelText('From');
    const to = within(form).getByLabelText('To');
    await userEvent.clear(from);
    await userEvent.type(from, '2024-03-10');
    await userEvent.clear(to);
    await userEvent.type(to, '2024-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    await expect(within(form).getByRole('alert')).toHaveTextContent(
      'The start date must be on or before the end date.',
    );
    await expect(from).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(to);
    await userEvent.type(to, '2024-03-31');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    await expect(mockAppOf(context).location.history.at(-1)).toBe(
      '/reports?from=2024-03-10&to=2024-03-31',
    );
    await expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    await settled(canvas);
    await expect(canvas.getByText('10 Mar 2024 – 31 Mar 2024')).toBeVisible();
  },
};

/** Long before the demo data: zeros, no medians yet, nothing deleted. */
export const EmptyRange: Story = {
  parameters: { route: '/reports?from=2001-01-01&to=2001-01-31' },
  play: async ({ canvas }) => {
    await expect(await figure(canvas, 'Created')).toHaveTextContent('0');
    await expect(await figure(canvas, 'Closed')).toHaveTextContent('0');
    await expect(await figure(canvas, 'Median first response')).toHaveTextContent('No data yet');
    await expect(canvas.getByText('No deleted conversations in this range.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Custom' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

/** An admin deleted a conversation and kept its metrics: it still counts, and the note says so. */
export const DeletedConversationCounted: Story = {
  parameters: {
    signedInAs: 'admin@acme.test',
    mockSetup: async ({ api }) => {
      const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 1 });
      const newest = data[0];
      if (!newest) throw new Error('no open conversation');
      await api.deleteConversation(newest.id, { retainMetrics: true });
    },
  },
  play: async ({ canvas }) => {
    await figure(canvas, 'Created');
    await expect(
      canvas.getByText('1 deleted conversation is included (marked as deleted).'),
    ).toBeVisible();
  },
};

/** Every answer takes minutes. */
export const Loading: Story = {
  parameters: { mockScenario: { latencyMs: 10 * 60_000 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status', { name: 'Loading reports' })).toBeVisible();
  },
};

/** The summary fails once; "Retry" brings the figures. */
export const ErrorThenRetry: Story = {
  parameters: { mockFaults: [{ method: 'GET', path: '/api/reports/summary' }] },
  play: async ({ canvas, userEvent }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Reports could not load');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await figure(canvas, 'Created');
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
  },
};
