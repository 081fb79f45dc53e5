// Nothing covers anything (#15, defect 8), at the two common laptop sizes: toasts and the bulk
// toolbar stay clear of the composer's footer and Send, the offline line clear of the agent's
// name, a long status keeps the header's actions on one row, and "•••" never wraps alone.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const) {
  test(`nothing overlaps at ${width}×${height}`, async ({ page, conversation, inbox }) => {
    await page.setViewportSize({ width, height });
    await conversation.signIn();
    const c = await conversation.firstIn('open');
    await conversation.open(c);
    await conversation.snooze('Next week');
    const toast = page.getByRole('status', { name: 'Notifications' }).getByRole('button', {
      name: 'Undo',
    });
    await expect(toast).toBeVisible();
    await inbox.toggleRow(1);
    await inbox.toggleRow(2);
    await page.context().setOffline(true);
    const pill = page.getByRole('status', { name: 'Connection' });
    await expect(pill).toHaveText('Offline');

    const send = await boxOf(page.getByRole('button', { name: 'Send', exact: true }));
    const composer = await boxOf(page.getByRole('textbox', { name: 'Message' }));
    const toolbar = await boxOf(page.getByRole('toolbar', { name: 'Bulk actions' }));
    const toasts = await boxOf(
      page.getByRole('status', { name: 'Notifications' }).locator('li').first(),
    );
    for (const box of [toolbar, toasts]) {
      expect(overlaps(box, send)).toBe(false);
      expect(overlaps(box, composer)).toBe(false);
    }
    const agent = await boxOf(page.locator('.current-agent'));
    expect(overlaps(await boxOf(pill), agent)).toBe(false);

    // The status, the snooze and spam buttons share the contact's row.
    const actions = page.getByRole('group', { name: 'Conversation actions' });
    const heading = await boxOf(page.locator('.conversation-header__name'));
    const actionBox = await boxOf(actions);
    expect(actionBox.height).toBeLessThan(40);
    expect(actionBox.y).toBeLessThan(heading.y + heading.height);
    // "•••" sits on the row of Follow and Sync.
    const more = await boxOf(page.getByRole('button', { name: 'More actions' }));
    const sync = await boxOf(page.getByRole('button', { name: 'Sync' }));
    expect(Math.abs(more.y - sync.y)).toBeLessThan(4);
  });
}
