// Shared by the settings tests: who changes what on the mock API, and opening the screen as admin.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import { PASSWORD, renderApp, testApi } from '../test-utils';

export const ADMIN = 'admin@acme.test';

/**
 * Every request the app sends that changes something, as "METHOD /path", since the last call to
 * `openSettings` (or the start of the test).
 */
export function recordChanges(): { readonly list: string[] } {
  const log = { list: [] as string[] };
  const record = ({ request }: { request: Request }) => {
    if (request.method !== 'GET')
      log.list.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  beforeEach(() => {
    log.list.length = 0;
    server.events.on('request:start', record);
  });
  afterEach(() => {
    server.events.removeListener('request:start', record);
  });
  return log;
}

export async function signInAsAdmin(): Promise<void> {
  await testApi.signIn({ email: ADMIN, password: PASSWORD });
}

/** Renders `/settings` as the admin and waits for the form; `changes` starts empty from here. */
export async function openSettings(changes: { readonly list: string[] }) {
  const view = await renderApp('/settings', { as: ADMIN });
  await screen.findByRole('spinbutton', { name: 'Inactivity period (minutes)' }, { timeout: 3000 });
  changes.list.length = 0;
  return view;
}

/** The subscription to `url`, once the list shows it. */
export async function webhookRow(url: string): Promise<HTMLElement> {
  const list = await screen.findByRole(
    'list',
    { name: 'Webhook subscriptions' },
    { timeout: 3000 },
  );
  const row = within(list).getByRole('heading', { name: url }).closest('li');
  if (!row) throw new Error(`no row for ${url}`);
  return row;
}
