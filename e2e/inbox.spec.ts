import { expect, test } from './fixtures';
import { inboxListWith } from './pages/inbox-page';

const LIMIT_MESSAGE = 'You can close up to 25 conversations at a time';

// The specs change the shared demo data (and read its counts): one at a time.
test.describe.configure({ mode: 'serial' });

test('signs in and shows every view with its count', async ({ page, inbox }) => {
  await inbox.signIn();
  await expect(page).toHaveURL(inboxListWith({ view: 'open', sort: 'newest' }));
  for (const view of ['Open', 'Pending', 'Snoozed', 'Closed', 'All', 'Spam']) {
    await expect(inbox.viewLink(view)).toBeVisible();
  }
  expect(await inbox.count('Open')).toBeGreaterThanOrEqual(30);
  expect(await inbox.count('All')).toBeGreaterThan(await inbox.count('Open'));
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('switches views and sorts, in the URL; a reload lands on the same view and sort', async ({
  page,
  inbox,
}) => {
  await inbox.signIn();
  await inbox.view('Closed');
  // The list is virtualized: it draws the rows in view, and tells their number to each of them.
  await expect(inbox.rows.first()).toHaveAttribute(
    'aria-setsize',
    String(await inbox.count('Closed')),
  );
  await inbox.sort('Oldest first');
  await expect(page).toHaveURL(/\?view=closed&sort=oldest$/);
  // By its address: the mock seeds its data again on a reload, its times relative to now, so the
  // row's text may move on a minute.
  const first = await inbox.rows.first().getByRole('link').getAttribute('href');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Closed' })).toBeVisible();
  await expect(inbox.sortButton).toContainText('Oldest first');
  await expect(inbox.rows.first().getByRole('link')).toHaveAttribute('href', first ?? '');
});

test('selects 25 with "Select all", refuses a 26th, closes 25 and undoes it', async ({
  page,
  inbox,
}) => {
  await inbox.signIn();
  const open = await inbox.count('Open');
  expect(open).toBeGreaterThan(25);
  // Oldest first: the longest-waiting customers, whose places an undone close must not move.
  await inbox.sort('Oldest first');
  const order = () =>
    inbox.rows.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await expect(inbox.rows.first()).toBeVisible();
  // The rows drawn (the list is virtualized): the first of the 25 the close takes away.
  const before = await order();
  expect(before.length).toBeGreaterThan(5);

  await inbox.selectAll();
  await expect(inbox.toolbar.getByText('25 selected', { exact: true })).toBeVisible();
  await expect(inbox.closeSelectedButton).toBeEnabled();

  await inbox.toggleRow(26);
  await expect(inbox.toolbar.getByText('26 selected', { exact: true })).toBeVisible();
  await expect(inbox.closeSelectedButton).toBeDisabled();
  await expect(inbox.toolbar).toContainText(LIMIT_MESSAGE);

  await inbox.toggleRow(26);
  await expect(inbox.toolbar.getByText('25 selected', { exact: true })).toBeVisible();
  await inbox.closeSelected();
  await inbox.expectCount('Open', open - 25);
  await expect(inbox.toolbar).toBeHidden();
  await expect(inbox.notifications).toContainText('25 conversations closed');

  await inbox.undo();
  await inbox.expectCount('Open', open);
  await expect.poll(order).toEqual(before);
  await page.reload();
  await inbox.expectCount('Open', open);
  await expect(inbox.sortButton).toContainText('Oldest first');
  await expect.poll(order).toEqual(before);
});
