// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATUSES, UNDO_WINDOW_MS } from '../domain';
import { STATUS_LABELS } from '../ui';
import { renderApp, setupMockApi, testApi } from './test-utils';

setupMockApi();

const ADMIN = 'admin@acme.test';

/** The bounds the screen uses for "the last n days": local midnights, today included. */
function lastDays(n: number) {
  const end = new Date();
  const to = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime();
  const from = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1 - n).getTime();
  return { from, to };
}

/** The per-day series the screen asks for: the agent's zone, a bucket per day up to a month. */
function seriesOf(range: { from: number; to: number }, bucket: 'day' | 'week' = 'day') {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return testApi.reportSeries({ ...range, bucket, tz });
}

const total = (points: { created: number; closed: number }[], key: 'created' | 'closed') =>
  points.reduce((sum, p) => sum + p[key], 0);

/** The figure of a stat card, found by its label. */
function stat(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

const statusFigure = () =>
  screen.findByRole('figure', { name: 'Conversations by status' }, { timeout: 3000 });

function tableRows(name: string) {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (c) => c.textContent,
      ),
    );
}

describe('reports', () => {
  it('shows the demo figures of the last 30 days: totals, statuses, medians', async () => {
    await renderApp('/reports');
    await statusFigure();
    const summary = await testApi.reportSummary(lastDays(30));
    expect(summary.created).toBeGreaterThan(0);
    screen.getByRole('heading', { level: 1, name: 'Reports' });
    expect(screen.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(stat('Created')).toBe(String(summary.created));
    expect(stat('Closed')).toBe(String(summary.closed));
    // A human duration ("2h 14m"), spoken in full words.
    expect(stat('Median first response')).toMatch(/^\d+[dhms]( \d+[hm])?\d+ \w+/);
    expect(stat('Median time to close')).toMatch(/^\d+[dhms]/);
    expect(tableRows('Conversations by status')).toEqual(
      STATUSES.map((s) => [STATUS_LABELS[s], String(summary.byStatus[s])]),
    );
    screen.getByText('No deleted conversations in this range.');
  });

  it('changes with the range, and the address says which', async () => {
    const { user, url } = await renderApp('/reports?range=30d');
    await statusFigure();
    const [month, week] = await Promise.all([
      testApi.reportSummary(lastDays(30)),
      testApi.reportSummary(lastDays(7)),
    ]);
    expect(month.created).not.toBe(week.created);
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(url()).toBe('/reports?range=7d');
    await waitFor(() => expect(stat('Created')).toBe(String(week.created)));
    await waitFor(() => expect(tableRows('Created and closed per day')).toHaveLength(7));
    expect(screen.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('names each chart, summarises it for screen readers, and has its numbers as a table', async () => {
    const { user } = await renderApp('/reports?range=30d');
    const status = await statusFigure();
    const summary = await testApi.reportSummary(lastDays(30));
    const statusImage = within(status).getByRole('img');
    expect(statusImage.tagName.toLowerCase()).toBe('svg');
    expect(statusImage.getAttribute('aria-label')).toContain(`Open ${summary.byStatus.open}`);

    const daily = await screen.findByRole(
      'figure',
      { name: 'Created and closed per day' },
      { timeout: 3000 },
    );
    const series = await seriesOf(lastDays(30));
    // Created per day adds up to the summary's; closed per day counts every close in the range,
    // including conversations created before it, so it is at least the summary's.
    expect(total(series, 'created')).toBe(summary.created);
    expect(total(series, 'closed')).toBeGreaterThanOrEqual(summary.closed);
    const dailyImage = within(daily).getByRole('img');
    expect(dailyImage.getAttribute('aria-label')).toContain(
      `${summary.created} created and ${total(series, 'closed')} closed in all`,
    );
    const rows = tableRows('Created and closed per day');
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => [Number(r[1]), Number(r[2])])).toEqual(
      series.map((p) => [p.created, p.closed]),
    );
    expect(within(daily).getByText(/whenever they were created/).textContent).toBe(
      '"Closed" counts the conversations closed that day, whenever they were created.',
    );

    const toggle = within(daily).getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide table');
    const table = within(daily).getByRole('table', { name: 'Created and closed per day' });
    expect(table.parentElement?.id).toBe(toggle.getAttribute('aria-controls'));
    expect(table.parentElement?.className).not.toContain('visually-hidden');
  });

  it('groups 90 days by week', async () => {
    await renderApp('/reports?range=90d');
    await screen.findByRole('figure', { name: 'Created and closed per week' }, { timeout: 3000 });
    const summary = await testApi.reportSummary(lastDays(90));
    const rows = tableRows('Created and closed per week');
    expect(rows).toHaveLength(13);
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(summary.created);
    const weeks = await seriesOf(lastDays(90), 'week');
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(total(weeks, 'closed'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts a conversation on the day it closed, not the day it was created', async () => {
    await testApi.signIn({ email: ADMIN, password: 'demo-password' });
    const week = lastDays(7);
    const today = lastDays(1).from;
    const { data } = await testApi.listConversations({ view: 'all', sort: 'oldest', limit: 100 });
    const earlier = data.find(
      (c) =>
        c.createdAt >= week.from &&
        c.createdAt < today &&
        (c.status === 'open' || c.status === 'pending'),
    );
    expect(earlier).toBeDefined();
    const before = await seriesOf(week);
    // Only the clock moves on (real timers keep running), past the close's undo window: reports
    // count a change once it can no longer be undone.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await testApi.updateConversation(earlier?.id ?? 0, { status: 'closed' });
    vi.setSystemTime(Date.now() + UNDO_WINDOW_MS + 1);

    await renderApp('/reports?range=7d', { as: ADMIN });
    await screen.findByRole('figure', { name: 'Created and closed per day' }, { timeout: 3000 });
    const rows = tableRows('Created and closed per day');
    expect(rows).toHaveLength(7);
    // Today gains the close; the day it was created keeps its figures.
    expect(rows.map((r) => Number(r[2]))).toEqual(
      before.map((p, i) => p.closed + (i === before.length - 1 ? 1 : 0)),
    );
    expect(rows.map((r) => Number(r[1]))).toEqual(before.map((p) => p.created));
  });

  it('writes the dates of the range one way, in its label and in its inputs', async () => {
    const { user } = await renderApp('/reports?from=2025-03-10&to=2025-03-31');
    await statusFigure();
    expect(screen.getByText('10 Mar 2025 – 31 Mar 2025')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const form = screen.getByRole('form', { name: 'Custom range' });
    expect(within(form).getByLabelText('From')).toHaveProperty('value', '10 Mar 2025');
    expect(within(form).getByLabelText('To')).toHaveProperty('value', '31 Mar 2025');
    // Typed the same way, it applies; a date it cannot read is explained.
    await user.clear(within(form).getByLabelText('From'));
    await user.type(within(form).getByLabelText('From'), '1 Mar 2025');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.getByText('1 Mar 2025 – 31 Mar 2025')).toBeVisible());
    const again = screen.getByRole('form', { name: 'Custom range' });
    expect(within(again).getByLabelText('From')).toHaveProperty('value', '1 Mar 2025');
    await user.clear(within(again).getByLabelText('To'));
    await user.type(within(again).getByLabelText('To'), 'next Friday');
    await user.click(within(again).getByRole('button', { name: 'Apply' }));
    expect(within(again).getByRole('alert').textContent).toBe('Write each date like 31 Mar 2025.');
  });

  it('says what the Closed figure counts in plain words', async () => {
    await renderApp('/reports?range=7d');
    await statusFigure();
    expect(screen.getByText('Created in this range and closed by now')).toBeVisible();
  });

  it('takes custom dates, and explains a range it cannot show', async () => {
    const { user, url } = await renderApp('/reports?range=7d');
    await statusFigure();
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const form = screen.getByRole('form', { name: 'Custom range' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2025-03-10' } });
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: '2025-03-01' } });
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'The start date must be on or before the end date.',
    );
    expect(url()).toBe('/reports?range=7d');

    const today = new Date();
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 9);
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: iso(first) } });
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: iso(today) } });
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(url()).toBe(`/reports?from=${iso(first)}&to=${iso(today)}`);
    const summary = await testApi.reportSummary(lastDays(10));
    await waitFor(() => expect(stat('Created')).toBe(String(summary.created)));
    await waitFor(() => expect(tableRows('Created and closed per day')).toHaveLength(10));
  });

  it('counts deleted conversations that kept their metrics, and says so', async () => {
    await testApi.signIn({ email: ADMIN, password: 'demo-password' });
    const { data } = await testApi.listConversations({ view: 'all', sort: 'newest', limit: 2 });
    for (const c of data) await testApi.deleteConversation(c.id, { retainMetrics: true });
    await renderApp('/reports?range=30d', { as: ADMIN });
    const notice = await screen.findByText(
      /deleted conversations? (is|are) included/,
      {},
      { timeout: 3000 },
    );
    expect(notice).toHaveTextContent('2 deleted conversations are included (marked as deleted).');
  });
});
