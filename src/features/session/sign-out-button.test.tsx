// @vitest-environment happy-dom
// "Sign out" ends this session; "Sign out everywhere", behind the Sessions disclosure, ends every
// session of the agent, other devices' included. Against the mock API (MSW).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
// oxlint-disable-next-line no-restricted-imports -- component tests run against MSW (docs/architecture.md, Conventions); app code never imports this file.
import { getMockBackend, resetMockBackend, server } from '../../mocks/node';
import { api, orgKeys } from '../../queries';
import { SignOutButton } from './sign-out-button';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockBackend({}));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const OTHER_DEVICE = 'alex-on-another-device';

async function setUp() {
  const backend = getMockBackend();
  await backend.ready;
  const { agent } = await api.signIn({ email: 'alex@acme.test', password: 'demo-password' });
  await backend.store.transaction((tx) =>
    tx.createSession({
      token: OTHER_DEVICE,
      agentId: agent.id,
      orgId: agent.orgId,
      expiresAt: Date.now() + 3_600_000,
    }),
  );
  const qc = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  qc.setQueryData(orgKeys.me, { agent });
  const location = memoryLocation({ path: '/inbox/1', record: true });
  render(
    <QueryClientProvider client={qc}>
      <Router hook={location.hook}>
        <SignOutButton />
      </Router>
    </QueryClientProvider>,
  );
  const otherDevice = () => backend.store.transaction((tx) => tx.getSession(OTHER_DEVICE));
  return { qc, location, otherDevice, user: userEvent.setup() };
}

describe('signing out', () => {
  it('"Sign out everywhere" ends the sessions of other devices too, and goes to /', async () => {
    const { qc, location, otherDevice, user } = await setUp();
    // Closed until asked for, so "Sign out" is the only sign-out control in view.
    const disclosure = screen.getByText('Sessions').closest('details');
    expect(disclosure?.open).toBe(false);
    await user.click(screen.getByText('Sessions'));
    expect(disclosure?.open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(await otherDevice()).toBeNull();
    expect(qc.getQueryData(orgKeys.me)).toBeNull();
  });

  it('"Sign out" ends this session only', async () => {
    const { location, otherDevice, user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(await otherDevice()).not.toBeNull();
  });
});
