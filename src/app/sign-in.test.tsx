// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getMockBackend, server } from '../mocks/node';
import { findRows, PASSWORD, renderApp, setupMockApi, viewLink } from './test-utils';

setupMockApi();

async function signInWith(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  email: string,
  password: string,
) {
  await user.type(await screen.findByRole('textbox', { name: 'Email' }), email);
  // A password field has no ARIA role (it is not a plain text box to assistive technology).
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('starts signed out without a failed request (no 401 for the browser to log as an error)', async () => {
    const answers: { path: string; status: number }[] = [];
    const record = ({ request, response }: { request: Request; response: Response }) =>
      answers.push({ path: new URL(request.url).pathname, status: response.status });
    server.events.on('response:mocked', record);
    try {
      await renderApp('/', { as: null });
      await screen.findByRole('button', { name: 'Sign in' });
    } finally {
      server.events.removeListener('response:mocked', record);
    }
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status >= 400)).toEqual([]);
  });

  it('asks who you are, says why a sign-in failed, then opens the page that was asked for', async () => {
    const { user, url } = await renderApp('/inbox/1?view=closed&sort=oldest', { as: null });
    await screen.findByRole('heading', { level: 1, name: 'Parley' });

    await signInWith(user, 'alex@acme.test', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The email or password is not right.',
    );

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'Closed' });
    expect(screen.getByRole('button', { name: 'Sort' }).textContent).toContain('Oldest first');
    expect(url()).toBe('/inbox/1?view=closed&sort=oldest');
  });

  it('says so when there were too many tries (429)', async () => {
    server.use(
      http.post('*/api/session', () =>
        HttpResponse.json(
          {
            error: {
              code: 'rate_limited',
              message: 'Too many failed sign-ins. Try again in 15 minutes.',
            },
          },
          { status: 429 },
        ),
      ),
    );
    const { user } = await renderApp('/', { as: null });
    await signInWith(user, 'alex@acme.test', PASSWORD);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many failed sign-ins. Try again in 15 minutes.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    const { user } = await renderApp('/', { as: null });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter your email address and password.',
    );
  });

  it('opens the first inbox at /', async () => {
    const { url } = await renderApp('/');
    await findRows();
    expect(url()).toBe('/inbox/1?view=open&sort=newest');
  });
});

describe('the session', () => {
  it('returns to sign-in, at the same address, when a later request answers 401', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    // The session ends on the server (expired, signed out elsewhere); the next request finds out.
    getMockBackend().signOut();
    await user.click(viewLink('Pending'));
    await screen.findByRole('button', { name: 'Sign in' }, { timeout: 3000 });
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(url()).toBe('/inbox/1?view=pending&sort=newest');

    await signInWith(user, 'alex@acme.test', PASSWORD);
    await screen.findByRole('heading', { level: 1, name: 'Pending' });
    expect(url()).toBe('/inbox/1?view=pending&sort=newest');
  });

  it('signs out with the "Sign out" button', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    await waitFor(() => expect(url()).toBe('/'));
  });
});
