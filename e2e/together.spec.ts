// Working together (SPEC 7.5). On both projects, one agent: a contact's message in a conversation
// they follow notifies them (the tab title counts it, the list opens it, reading clears it), and
// Send asks first when that message arrived after the draft began. On `real`, two agents in two
// browsers (the mock API lives in each page, so two browsers cannot share it): Sam sees Alex typing,
// Sam's reply makes Alex's Send ask, Sam's "@Alex" note counts in both of Alex's tabs and lists the
// conversation under Mentions, and reading it in one tab clears both.
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiGet, deliverInbound, isMock } from './pages/api';
import { ConversationPage } from './pages/conversation-page';
import { InboxPage } from './pages/inbox-page';

const notificationsButton = (page: Page) =>
  page.getByRole('button', { name: 'Notifications', exact: true });

async function openFromNotifications(page: Page, text: RegExp) {
  await notificationsButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Notifications' });
  await dialog.getByRole('button', { name: text }).first().click();
  await expect(dialog).toBeHidden();
}

async function markAllRead(page: Page) {
  await notificationsButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Notifications' });
  const markAll = dialog.getByRole('button', { name: 'Mark all read' });
  if (await markAll.isEnabled()) await markAll.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveTitle('Parley');
}

test('a contact writes in a followed conversation: the title counts it, Send asks first, reading clears it', async ({
  page,
  request,
  inbox,
  conversation,
}, info) => {
  await inbox.signIn();
  await markAllRead(page);
  const stamp = `${info.project.name}-${Date.now()}`;
  const name = `Quinn Together ${stamp}`;
  const email = `quinn.${stamp}@example.com`;
  const { conversationId } = await deliverInbound(page, request, info, {
    email,
    name,
    body: `First question ${stamp}`,
  });
  // In the app, not by address: a load would start the mock API afresh.
  await inbox.list.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await conversation.expectOpen({ id: conversationId, inboxId: 0, contact: { name } });
  // Assigned by routing, or followed: either way the next message is Alex's to hear of.
  await conversation.button('Follow').click();
  await expect(conversation.button('Unfollow')).toBeVisible();

  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('Thanks for writing, let me check');
  await deliverInbound(page, request, info, { email, name, body: `Second question ${stamp}` });
  await expect(conversation.thread).toContainText(`Second question ${stamp}`);
  await expect(page).toHaveTitle('(1) Parley');

  await conversation.button('Send').click();
  const ask = page.getByRole('dialog', { name: 'New message since you started' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Review' }).click();
  await expect(ask).toBeHidden();
  await expect(box).toHaveValue('Thanks for writing, let me check');
  // Reviewed: the next Send goes.
  await conversation.button('Send').click();
  await expect(conversation.thread).toContainText('Thanks for writing, let me check');
  await expect(box).toHaveValue('');

  await openFromNotifications(page, new RegExp(`${name} wrote`));
  await expect(page).toHaveTitle('Parley');
});

async function signedIn(browser: Browser, info: TestInfo, email: string) {
  const context = await browser.newContext({ baseURL: info.project.use.baseURL });
  const page = await context.newPage();
  await new InboxPage(page).signIn(email);
  return { context, page, conversation: new ConversationPage(page) };
}

test('Alex and Sam in two browsers: presence, typing, the collision guard, a mention read in one tab', async ({
  browser,
  request,
  page,
  inbox,
  conversation,
}, info) => {
  test.skip(isMock(info), 'The mock API lives in each page: two browsers cannot share it.');
  await inbox.signIn('alex@acme.test');
  await markAllRead(page);
  const stamp = `${info.project.name}-${Date.now()}`;
  const name = `Riley Together ${stamp}`;
  const { conversationId } = await deliverInbound(page, request, info, {
    email: `riley.${stamp}@example.com`,
    name,
    body: `Where is my parcel ${stamp}?`,
  });
  const { inboxId } = await apiGet<{ inboxId: number }>(
    page,
    `/api/conversations/${conversationId}`,
  );
  const summary = { id: conversationId, inboxId, contact: { name } };
  await conversation.open(summary, 'view=all');

  const sam = await signedIn(browser, info, 'sam@acme.test');
  try {
    await sam.conversation.open(summary, 'view=all');
    const samStatus = sam.page.getByRole('status').filter({ hasText: /Alex is/ });
    await expect(samStatus).toHaveText('Alex is viewing');
    await expect(page.getByRole('status').filter({ hasText: /Sam is/ })).toHaveText(
      'Sam is viewing',
    );

    // Alex begins a reply; Sam sees it.
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.click();
    await box.pressSequentially('Let me look into');
    await expect(samStatus).toHaveText('Alex is typing…');

    // Sam answers first: Alex's Send asks.
    await sam.conversation.reply(`Sam here: it ships today ${stamp}`);
    await expect(conversation.thread).toContainText(`Sam here: it ships today ${stamp}`);
    await conversation.button('Send').click();
    const ask = page.getByRole('dialog', { name: 'New message since you started' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Send anyway' }).click();
    await expect(conversation.thread).toContainText('Let me look into');

    // Alex has a second tab; Sam mentions Alex in a note: both tabs count it.
    const second = await page.context().newPage();
    await second.goto('/');
    await expect(notificationsButton(second)).toBeVisible();
    await sam.page.getByRole('tab', { name: 'Note' }).click();
    await sam.page
      .getByRole('textbox', { name: 'Message' })
      .fill(`@Alex can you confirm ${stamp}?`);
    await sam.conversation.button('Send').click();
    await expect(page).toHaveTitle('(1) Parley');
    await expect(second).toHaveTitle('(1) Parley');

    // Under Mentions.
    await second
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: /^Mentions/ })
      .click();
    await expect(
      second
        .getByRole('list', { name: 'Conversations' })
        .getByRole('link', { name: new RegExp(`^${name}`) }),
    ).toBeVisible();

    // Read in the second tab: both clear.
    await openFromNotifications(second, new RegExp(`mentioned in the conversation with ${name}`));
    await expect(second).toHaveTitle('Parley');
    await expect(page).toHaveTitle('Parley');
    await second.close();

    // Sam leaves: Alex's line empties at once.
    await sam.page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: 'Inbox' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: /Sam is/ })).toHaveCount(0);
  } finally {
    await sam.context.close();
  }
});
