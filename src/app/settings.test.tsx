// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mocks/node';
import { ACME_TOKEN, renderApp, setupMockApi, testApi, toasts } from './test-utils';
import { ADMIN, openSettings, recordChanges } from './testing/settings-screen';

setupMockApi();
const changes = recordChanges();

const field = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;

describe('settings: who may see them', () => {
  it('tells an agent that only admins can change settings, and offers no Settings link', async () => {
    await renderApp('/settings', { as: 'alex@acme.test' });
    await screen.findByText('Only admins can change settings', {}, { timeout: 3000 });
    expect(screen.queryByRole('form', { name: 'Conversation rules' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Inbox', 'Reports']);
  });

  it('offers admins a Settings link that opens them', async () => {
    const { user, url } = await renderApp('/reports', { as: ADMIN });
    const nav = await screen.findByRole('navigation', { name: 'Workspace' }, { timeout: 3000 });
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(url()).toBe('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 3000 });
    const navNow = screen.getByRole('navigation', { name: 'Workspace' });
    expect(
      within(navNow).getByRole('link', { name: 'Settings' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(
      within(navNow).getByRole('link', { name: 'Reports' }).getAttribute('aria-current'),
    ).toBeNull();
  });
});

describe('settings: conversation rules', () => {
  it('shows the saved values in people units', async () => {
    await openSettings(changes);
    expect(field('Inactivity period (minutes)').value).toBe('10');
    expect(field('Email auto-resolve (days)').value).toBe('7');
    expect(field('New chat conversation after (hours)').value).toBe('24');
  });

  it('refuses out-of-range values with a message beside the field and sends nothing', async () => {
    const { user } = await openSettings(changes);
    const inactivity = field('Inactivity period (minutes)');
    await user.clear(inactivity);
    await user.type(inactivity, '0');
    const days = field('Email auto-resolve (days)');
    await user.clear(days);
    await user.type(days, '366');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(inactivity.getAttribute('aria-invalid')).toBe('true');
    expect(inactivity).toHaveAccessibleDescription(/^Use 1 to 10,080 minutes\./);
    expect(inactivity.getAttribute('aria-describedby')).toContain(
      screen.getByText('Use 1 to 10,080 minutes.').id,
    );
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days).toHaveAccessibleDescription(/^Use 1 to 365 days\./);
    expect(document.activeElement).toBe(inactivity);
    expect(changes.list).toEqual([]);
    expect(await testApi.getSettings()).toMatchObject({
      inactivitySeconds: 600,
      emailAutoResolveDays: 7,
    });

    // Fixing the value clears its message at once.
    await user.clear(inactivity);
    await user.type(inactivity, '30');
    expect(screen.queryByText('Use 1 to 10,080 minutes.')).toBeNull();
  });

  it('saves the changed fields, says so, and keeps the new values', async () => {
    const { user } = await openSettings(changes);
    const inactivity = field('Inactivity period (minutes)');
    await user.clear(inactivity);
    await user.type(inactivity, '15');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(toasts()).toHaveTextContent('Settings saved'));
    expect(changes.list).toEqual(['PATCH /api/org/settings']);
    expect(await testApi.getSettings()).toEqual({
      inactivitySeconds: 900,
      emailAutoResolveDays: 7,
      chatNewConversationAfterHours: 24,
      autoAssign: 'round_robin',
    });
    expect(field('Inactivity period (minutes)').value).toBe('15');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's refusal next to the form", async () => {
    const { user } = await openSettings(changes);
    server.use(
      http.patch('*/api/org/settings', () =>
        HttpResponse.json(
          { error: { code: 'internal', message: 'The database is busy.' } },
          { status: 503 },
        ),
      ),
    );
    const hours = field('New chat conversation after (hours)');
    await user.clear(hours);
    await user.type(hours, '48');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const form = screen.getByRole('form', { name: 'Conversation rules' });
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Not saved: The database is busy.',
    );
    expect(hours.value).toBe('48');
  });
});

describe('settings: inbox tokens', () => {
  it("shows each inbox's token with a copy button and a curl example", async () => {
    const { user } = await openSettings(changes);
    const inboxes = await screen.findByRole('list', { name: 'Inboxes' });
    const card = within(inboxes).getByRole('listitem');
    within(card).getByRole('heading', { name: 'Acme Support' });
    expect(card).toHaveTextContent(ACME_TOKEN);
    const curl = card.querySelector('pre')?.textContent ?? '';
    expect(curl).toContain('/api/inbound');
    expect(curl).toContain(`Authorization: Bearer ${ACME_TOKEN}`);

    await user.click(within(card).getByRole('button', { name: 'Copy token for Acme Support' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(ACME_TOKEN);
    expect(
      within(card).getByRole('button', { name: 'Copy token for Acme Support' }).textContent,
    ).toBe('Copied');
    await user.click(
      within(card).getByRole('button', { name: 'Copy curl example for Acme Support' }),
    );
    expect(await navigator.clipboard.readText()).toBe(curl);
  });
});
