// An agent's day, end to end, on both projects: a contact writes in while the inbox is open, the
// agent replies and closes it, and changes their mind. The other parts of the day (bulk close and
// the 25 limit, notes, mentions, tags, snooze, spam, deep links) are in inbox.spec.ts and
// conversation.spec.ts.
import { expect, test } from './fixtures';
import { apiGet, deliverInbound, isMock } from './pages/api';
import { addressOf, type ConversationSummary } from './pages/conversation-page';

test('a live contact message arrives, the agent answers with a saved reply and a file, sends and closes, and undoes the close', async ({
  page,
  request,
  inbox,
  conversation,
}, info) => {
  await inbox.signIn();
  const open = await inbox.count('Open');
  // Unique per run: the real server keeps every earlier run's (and spec's) writes.
  const stamp = `${info.project.name}-${Date.now()}`;
  const name = `Robin Live ${stamp}`;

  const { conversationId } = await deliverInbound(page, request, info, {
    email: `robin.${stamp}@example.com`,
    name,
    body: `Hello, my order ${stamp} never arrived.`,
  });

  // No reload: the change feed brings the new conversation into the open list and its count.
  const row = inbox.list.getByRole('link', { name: new RegExp(`^${name}`) });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await inbox.expectCount('Open', open + 1);

  await row.click();
  await conversation.expectOpen({ id: conversationId, inboxId: 0, contact: { name } });
  await expect(conversation.thread).toContainText(`Hello, my order ${stamp} never arrived.`);

  // A saved reply greets Robin by first name; a screenshot goes with it, and downloads whole.
  await conversation.insertSavedReply('greet', 'Greeting');
  await expect(conversation.page.getByRole('textbox', { name: 'Message' })).toHaveValue(
    /^Hi Robin,\n\nThanks for getting in touch\. Alex here/,
  );
  const screenshot = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
  await conversation.attachFile('screenshot.png', 'image/png', screenshot);
  await conversation.button('Send').click();
  const file = conversation.thread.getByRole('link', { name: /^Download screenshot\.png/ });
  await expect(file).toBeVisible();
  await expect(conversation.thread).toContainText('Thanks for getting in touch. Alex here');
  expect(await conversation.download(file)).toEqual([...screenshot]);

  // Beside the thread, the customer: their email, and when they were first seen.
  const contact = page.getByRole('region', { name: 'Contact' });
  await expect(contact).toContainText(`robin.${stamp}@example.com`);

  // "Send and close": the reply goes, then the close, with Undo for the close.
  await page
    .getByRole('textbox', { name: 'Message' })
    .fill('Sorry to hear that. I have sent a replacement today.');
  await conversation.button('Send and close').click();
  await expect(conversation.thread).toContainText('I have sent a replacement today.');
  await expect(conversation.button('Status')).toContainText('Closed');
  await expect(conversation.thread.getByText('Alex closed the conversation')).toBeVisible();
  await inbox.expectCount('Open', open);

  await conversation.undo();
  await expect(conversation.button('Status')).toContainText('Open');
  await inbox.expectCount('Open', open + 1);
  // Undo took back the close, not the reply.
  await expect(conversation.thread).toContainText('I have sent a replacement today.');
});

test('two conversations of one customer become one, Undo splits them, and the palette marks it spam', async ({
  page,
  request,
  inbox,
  conversation,
}, info) => {
  await inbox.signIn();
  const stamp = `${info.project.name}-${Date.now()}`;
  const name = `Morgan Twice ${stamp}`;
  const email = `morgan.${stamp}@example.com`;
  const chatTag = `chat-${stamp}`;
  const emailTag = `email-${stamp}`;
  const first = await deliverInbound(page, request, info, {
    email,
    name,
    channel: 'email',
    body: `First, by email ${stamp}`,
  });
  const second = await deliverInbound(page, request, info, {
    email,
    name,
    channel: 'chat',
    body: `Then, by chat ${stamp}`,
  });
  const source = await apiGet<ConversationSummary>(
    page,
    `/api/conversations/${second.conversationId}`,
  );
  const target = await apiGet<ConversationSummary>(
    page,
    `/api/conversations/${first.conversationId}`,
  );

  // The mock API lives in the page and starts afresh on a load: go there as a link would.
  const visit = async (c: ConversationSummary) => {
    const path = addressOf(c);
    if (!isMock(info)) return page.goto(path);
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  };
  await visit(source);
  await conversation.expectOpen(source);
  await conversation.addTag(chatTag, 'Teal');
  await visit(target);
  await conversation.expectOpen(target);
  await conversation.addTag(emailTag, 'Teal');

  await visit(source);
  await conversation.expectOpen(source);
  await conversation.mergeInto(target.id);
  // The target opens: one thread in time order, both sets of tags.
  await expect(page).toHaveURL(new RegExp(`/conversations/${target.id}\\?`));
  await expect(
    conversation.thread.getByText(`Alex merged #${source.id} into this conversation`),
  ).toBeVisible();
  const thread = await conversation.thread.innerText();
  expect(thread.indexOf(`First, by email ${stamp}`)).toBeGreaterThanOrEqual(0);
  expect(thread.indexOf(`Then, by chat ${stamp}`)).toBeGreaterThan(
    thread.indexOf(`First, by email ${stamp}`),
  );
  await expect(conversation.button(`Remove tag ${chatTag}`)).toBeVisible();
  await expect(conversation.button(`Remove tag ${emailTag}`)).toBeVisible();

  // Undo splits them back: the chat is its own conversation again.
  await conversation.undo();
  await expect
    .poll(
      async () =>
        (await apiGet<{ mergedInto: number | null }>(page, `/api/conversations/${source.id}`))
          .mergedInto,
    )
    .toBeNull();
  await expect(page).toHaveURL(new RegExp(`/conversations/${source.id}\\?`));
  await expect(conversation.thread).toContainText(`Then, by chat ${stamp}`);

  // Merged for good this time: the old address opens the merged one.
  await conversation.mergeInto(target.id);
  await expect(page).toHaveURL(new RegExp(`/conversations/${target.id}\\?`));
  await visit(source);
  await expect(page).toHaveURL(new RegExp(`/conversations/${target.id}\\?`), { timeout: 15_000 });
  await conversation.expectOpen(target);

  // Ctrl+K, "spam", Enter.
  await conversation.runFromPalette('spam');
  await expect(conversation.button('Restore')).toBeVisible();
  await expect
    .poll(
      async () =>
        (await apiGet<{ status: string }>(page, `/api/conversations/${target.id}`)).status,
    )
    .toBe('spam');
});
