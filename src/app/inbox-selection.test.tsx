// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BULK_LIMIT_MESSAGE } from '../domain';
import { getMockBackend, server } from '../mocks/node';
import { findRows, renderApp, rows, setupMockApi, toolbar, viewLink } from './test-utils';

setupMockApi();

const boxOf = (index: number) => {
  const row = rows()[index];
  if (!row) throw new Error(`no row ${index + 1}`);
  return within(row).getByRole('checkbox');
};

describe('selecting conversations', () => {
  it('selects one row with its checkbox and shows the bulk actions', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
    await user.click(boxOf(0));
    expect(toolbar()).toHaveTextContent('1 selected');
    expect(within(toolbar()).getByRole('button', { name: 'Close selected' })).toHaveProperty(
      'disabled',
      false,
    );
    await user.click(boxOf(0));
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
  });

  it('selects a range with shift-click', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(boxOf(1));
    await user.keyboard('{Shift>}');
    await user.click(boxOf(5));
    await user.keyboard('{/Shift}');
    expect(toolbar()).toHaveTextContent('5 selected');
    expect(
      rows()
        .map((r) => (within(r).getByRole('checkbox') as HTMLInputElement).checked)
        .slice(0, 7),
    ).toEqual([false, true, true, true, true, true, false]);
  });

  it('"Select all" takes the first 25; a 26th disables "Close selected" and says why', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest', { viewportHeight: 64 * 40 });
    await findRows();
    const selectAll = screen.getByRole('checkbox', { name: 'Select all' });
    await user.click(selectAll);
    expect(toolbar()).toHaveTextContent('25 selected');
    expect(selectAll).toHaveProperty('checked', true);
    expect(
      rows()
        .slice(0, 26)
        .map((r) => (within(r).getByRole('checkbox') as HTMLInputElement).checked),
    ).toEqual([...Array<boolean>(25).fill(true), false]);
    expect(within(toolbar()).queryByText(BULK_LIMIT_MESSAGE)).toBeNull();

    await user.click(boxOf(25));
    expect(toolbar()).toHaveTextContent('26 selected');
    expect(within(toolbar()).getByRole('button', { name: 'Close selected' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(toolbar()).getByRole('status').textContent).toBe(BULK_LIMIT_MESSAGE);
  });

  it('"Select all" loads more pages when fewer than 25 rows are in', async () => {
    // Pages of 4 and a list one row high: scrolling has loaded fewer than 25 rows.
    let pages = 0;
    server.use(
      http.get('*/api/conversations', ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('view') === 'open') pages += 1;
        url.searchParams.set('limit', '4');
        return getMockBackend().fetch(new Request(url, { headers: request.headers }));
      }),
    );
    const { user } = await renderApp('/inbox/1?view=open&sort=newest', { viewportHeight: 64 });
    await findRows();
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Loading more conversations' })).toBeNull(),
    );
    const loadedBefore = pages;
    expect(loadedBefore * 4).toBeLessThan(25);
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await waitFor(() => expect(toolbar()).toHaveTextContent('25 selected'));
    expect(pages).toBeGreaterThan(loadedBefore);
  });

  it('is cleared when the view changes', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(boxOf(0));
    expect(toolbar()).toHaveTextContent('1 selected');
    await user.click(viewLink('Pending'));
    await screen.findByRole('heading', { level: 1, name: 'Pending' });
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
    await user.click(viewLink('Open'));
    await findRows();
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
  });
});
