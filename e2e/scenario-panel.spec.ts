// The dev-mode scenario switcher (SPEC section 6): only the mock build has one.
import { expect, test } from './fixtures';
import { isMock } from './pages/api';

test('the scenario switcher reads and writes the URL, and toggles with Ctrl+Shift+D', async ({
  page,
  inbox,
}, info) => {
  test.skip(!isMock(info), 'The scenario switcher exists only with the mock API (`npm run dev`).');
  // Signed in first: under `fail:0.1` one sign-in in ten is refused on purpose. The scenario
  // then comes from the address, on a fresh load, as a shared link would bring it.
  await inbox.signIn();
  await page.goto('/?scenario=latency:300,fail:0.1');
  await expect(inbox.rows.first()).toBeVisible();

  const toggle = page.getByRole('button', { name: 'Scenario', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+Shift+D');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Mock API scenario' });
  await expect(panel.getByRole('combobox', { name: 'API latency' })).toHaveValue('300');
  await expect(panel.getByRole('combobox', { name: 'Failure rate (changes)' })).toHaveValue('0.1');

  await panel.getByRole('combobox', { name: 'API latency' }).selectOption({ label: '3 s' });
  await panel.getByRole('checkbox', { name: 'Offline' }).check();
  await expect(page).toHaveURL(/scenario=latency%3A3000%2Cfail%3A0\.1%2Coffline/);
  await expect(panel.getByRole('textbox', { name: 'Link to this scenario' })).toHaveValue(
    /scenario=latency%3A3000%2Cfail%3A0\.1%2Coffline/,
  );

  // Back to normal; the choice is remembered by the page (localStorage) and the URL alike.
  await panel.getByRole('checkbox', { name: 'Offline' }).uncheck();
  await panel.getByRole('combobox', { name: 'API latency' }).selectOption({ label: 'None' });
  await panel
    .getByRole('combobox', { name: 'Failure rate (changes)' })
    .selectOption({ label: 'None' });
  await expect(page).not.toHaveURL(/scenario=/);
  await page.keyboard.press('Control+Shift+D');
  await expect(panel).toBeHidden();
});
