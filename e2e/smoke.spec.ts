import { expect, test } from './fixtures';

test('the app loads, shows its name and asks who you are', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Parley', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
