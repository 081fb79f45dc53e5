// An agent's day, end to end, on both projects: a contact writes in while the inbox is open, the
// agent replies and closes it, and changes their mind. The other parts of the day (bulk close and
// the 25 limit, notes, mentions, tags, snooze, spam, deep links) are in inbox.spec.ts and
// conversation.spec.ts.
import { expect, test } from './fixtures';
import { deliverInbound } from './pages/api';

test('a live contact message arrives, the agent replies, closes it and undoes the close', async ({
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

  await conversation.reply('Sorry to hear that. I have sent a replacement today.');
  await expect(conversation.thread).toContainText('I have sent a replacement today.');

  await conversation.setStatus('Closed');
  await expect(conversation.button('Status')).toContainText('Closed');
  await expect(conversation.thread.getByText('Alex closed the conversation')).toBeVisible();
  await inbox.expectCount('Open', open);

  await conversation.undo();
  await expect(conversation.button('Status')).toContainText('Open');
  await inbox.expectCount('Open', open + 1);
});
