// axe-core on every screen: no serious or critical violations (WCAG 2.x A and AA rules).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectNoSeriousViolations(page: Page, screen: string) {
  const axe = () =>
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
  // The dev server (`mock`) may reload the page once when it first meets a new dependency.
  const results = await axe().catch(async (error: unknown) => {
    if (!String(error).includes('Execution context was destroyed')) throw error;
    await page.waitForLoadState('load');
    return axe();
  });
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  expect(serious, `${screen}: serious or critical axe violations`).toEqual([]);
}

test('sign-in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in');
});

test('inbox, conversation and shortcuts dialog', async ({ page, inbox, conversation }) => {
  await inbox.signIn();
  await expectNoSeriousViolations(page, 'inbox');

  await conversation.open(await conversation.firstIn('open'));
  await expect(conversation.button('Send')).toBeVisible();
  await expectNoSeriousViolations(page, 'conversation');

  await inbox.list.getByRole('link').first().focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousViolations(page, 'shortcuts dialog');
});

test('reports and settings', async ({ page, inbox }) => {
  await inbox.signIn();
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Reports/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'reports');

  // Settings as an admin, who sees the whole form (an agent sees only a notice).
  await page.getByRole('button', { name: 'Sign out' }).click();
  await inbox.signIn('admin@acme.test');
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: /Settings/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings');
});
