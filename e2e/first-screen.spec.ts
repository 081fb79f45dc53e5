// The first screen loads what it paints and no more (docs/performance.md, "The first screen"):
// what it leaves out still answers at once. The palette's dialog loads on demand, and a press of
// its key before that code is in still opens it; a phone that starts at a conversation does not
// render (or ask for) the list it hides, and shows it when the agent goes back to it.
import { expect, test } from './fixtures';

test('Ctrl+K opens the palette on its first press, before its dialog has loaded', async ({
  page,
  inbox,
}) => {
  await inbox.signIn();
  // A fresh start on which the screen never goes idle, so that nothing can have loaded the
  // dialog ahead of the press.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
    // The development server's hundreds of modules would fill the default buffer.
    performance.setResourceTimingBufferSize(10_000);
  });
  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  const paletteLoads = () =>
    page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('palette-dialog')).length,
    );
  expect(await paletteLoads()).toBe(0);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
  expect(await paletteLoads()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a conversation opened by its address leaves out the list until Back to list', async ({
    page,
    inbox,
    conversation,
  }) => {
    await inbox.signIn();
    const target = await conversation.firstIn('open');
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/conversations\?/.test(request.url())) listRequests.push(request.url());
    });
    await conversation.open(target);
    await expect(inbox.list).toHaveCount(0);
    expect(listRequests).toEqual([]);

    await page.getByRole('button', { name: 'Back to list' }).click();
    await expect(inbox.rows.first()).toBeVisible();
    await expect(
      inbox.list.getByRole('link', { name: new RegExp(target.contact.name) }).first(),
    ).toBeVisible();
    expect(listRequests.length).toBeGreaterThan(0);
  });
});
