// @vitest-environment happy-dom
// Offline (#15, defect 9): a view that was never loaded says why it is empty instead of spinning,
// and loads by itself when the connection is back.
import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findRows, renderApp, rows, setupMockApi, viewLink } from './test-utils';

setupMockApi();

afterEach(() => onlineManager.setOnline(true));

const OFFLINE_VIEW = 'You’re offline — this view will load when you’re back';

describe('offline, a view not cached', () => {
  it('says it will load when the connection is back, then loads', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    onlineManager.setOnline(false);
    await user.click(viewLink('Closed'));
    await screen.findByRole('heading', { level: 1, name: 'Closed' });
    expect(await screen.findByText(OFFLINE_VIEW)).toBeVisible();
    expect(screen.queryByRole('status', { name: 'Loading conversations' })).toBeNull();

    onlineManager.setOnline(true);
    await waitFor(() => expect(screen.queryByText(OFFLINE_VIEW)).toBeNull());
    await findRows();
    expect(rows().length).toBeGreaterThan(0);
  });
});
