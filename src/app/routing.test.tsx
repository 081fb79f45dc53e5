// @vitest-environment happy-dom
// SPEC 7.1 in the UI: the "Available" switch with "n of capacity", Settings' automatic assignment
// and agents' capacity, the "Bulk sent" view after "Spam".
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, setupMockApi } from './test-utils';

setupMockApi();

describe('routing in the UI', () => {
  it('lets an agent switch "Available" on, and shows open of capacity', async () => {
    const { user } = await renderApp('/', { as: 'alex@acme.test' });
    const available = await screen.findByRole('switch', { name: 'Available' }, { timeout: 3000 });
    expect((available as HTMLInputElement).checked).toBe(false);
    const before = screen.getByText(/^\d+ of 10$/).textContent ?? '';
    await user.click(available);
    // Acme routes round robin: switching on assigns waiting conversations up to capacity.
    await waitFor(() => expect((available as HTMLInputElement).checked).toBe(true));
    await waitFor(() => expect(screen.getByText(/^\d+ of 10$/).textContent).toBe('10 of 10'));
    expect(before).not.toBe('10 of 10');
  });

  it('lists "Bulk sent" after "Spam" in the views, with its count', async () => {
    await renderApp('/', { as: 'alex@acme.test' });
    const nav = await screen.findByRole('navigation', { name: 'Views' }, { timeout: 3000 });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent?.replace(/\s*\d+$/, '') ?? '');
    const spam = names.indexOf('Spam');
    expect(spam).toBeGreaterThan(0);
    expect(names.slice(spam, spam + 2)).toEqual(['Spam', 'Bulk sent']);
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Bulk sent/ }).textContent).toMatch(/4$/),
    );
  });

  it('shows admins the automatic assignment and lets them change an agent’s capacity', async () => {
    const { user } = await renderApp('/settings', { as: 'admin@acme.test' });
    const mode = (await screen.findByRole(
      'combobox',
      { name: 'Automatic assignment' },
      { timeout: 3000 },
    )) as HTMLSelectElement;
    expect(mode.value).toBe('round_robin');
    await user.selectOptions(mode, 'Off');
    await waitFor(() => expect(mode.value).toBe('off'));
    const capacity = (await screen.findByRole('spinbutton', {
      name: 'Capacity of Sam',
    })) as HTMLInputElement;
    await user.clear(capacity);
    await user.type(capacity, '4{Enter}');
    const table = screen.getByRole('table', { name: 'Agents' });
    await waitFor(() =>
      expect(
        (within(table).getByRole('spinbutton', { name: 'Capacity of Sam' }) as HTMLInputElement)
          .value,
      ).toBe('4'),
    );
    expect(within(table).getByRole('checkbox', { name: 'Billing (Sam)' })).toHaveProperty(
      'checked',
      true,
    );
  });
});
