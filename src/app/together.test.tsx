// @vitest-environment happy-dom
// SPEC 7.5 in the app: who else is in a conversation, the collision guard, notifications.
// The mock API keeps one session for the test and the app, so Sam acts before Alex's app starts.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../domain';
import { FetchEventSource } from './testing/fetch-event-source';
import { ACME_TOKEN, PASSWORD, renderApp, setupMockApi, testApi } from './test-utils';

setupMockApi();

async function asSam<T>(fn: () => Promise<T>): Promise<T> {
  await testApi.signIn({ email: 'sam@acme.test', password: PASSWORD });
  return fn();
}

async function newConversation(name: string): Promise<{ id: number; inboxId: number }> {
  await testApi.signIn({ email: 'sam@acme.test', password: PASSWORD });
  const { conversationId } = await testApi.inbound(ACME_TOKEN, {
    channel: 'chat',
    contact: { email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`, name },
    body: 'Hello there',
  });
  const detail = await testApi.getConversation(conversationId);
  return { id: conversationId, inboxId: detail.inboxId };
}

/** The conversation's address in the All view. */
const inAll = (c: { id: number; inboxId: number }) =>
  `${PAGES.conversation.path({ inboxId: c.inboxId, conversationId: c.id })}?view=all`;

const streamOpen = () =>
  waitFor(() =>
    expect(FetchEventSource.instances.some((s) => s.readyState === FetchEventSource.OPEN)).toBe(
      true,
    ),
  );

describe('together', () => {
  it('says who else is in the conversation, and that they are typing', async () => {
    const c = await newConversation('Pat Viewer');
    await asSam(() => testApi.reportPresence(c.id, 'typing'));
    await renderApp(inAll(c));
    // The first render of the app loads its screens: give it time.
    await screen.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
    const line = await screen.findByText('Sam is typing…', {}, { timeout: 5000 });
    expect(line.getAttribute('role')).toBe('status');
  });

  it('asks before sending when a contact wrote after the draft began; Review keeps the draft', async () => {
    const c = await newConversation('Casey Collide');
    const { user } = await renderApp(inAll(c), {
      liveUpdates: true,
    });
    await streamOpen();
    const box = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(box, 'On it');
    await testApi.inbound(ACME_TOKEN, {
      channel: 'chat',
      contact: { email: 'casey.collide@example.com', name: 'Casey Collide' },
      body: 'Actually, never mind',
      conversationId: c.id,
    });
    const thread = screen.getByRole('log', { name: 'Messages' });
    await within(thread).findByText('Actually, never mind', {}, { timeout: 3000 });

    await user.click(screen.getByRole('button', { name: 'Send' }));
    const ask = await screen.findByRole('dialog', { name: 'New message since you started' });
    await user.click(within(ask).getByRole('button', { name: 'Review' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((box as HTMLTextAreaElement).value).toBe('On it');
    const before = (await testApi.listMessages(c.id)).data.length;

    // Reviewed: Send goes without asking.
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(async () =>
      expect((await testApi.listMessages(c.id)).data.length).toBe(before + 1),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('counts a mention in the tab title, lists it, and reading it opens the conversation and clears the count', async () => {
    const c = await newConversation('Morgan Mention');
    await asSam(() => testApi.sendMessage(c.id, { type: 'note', body: '@Alex have a look' }));
    const { user, url } = await renderApp('/inbox/1?view=open');
    await waitFor(() => expect(document.title).toBe('(1) Parley'));

    await user.click(screen.getByRole('button', { name: 'Notifications' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const item = await within(dialog).findByRole('button', {
      name: /You were mentioned in the conversation with Morgan Mention\s*,\s*unread/,
    });
    await user.click(item);
    await waitFor(() => expect(url()).toContain(`/conversations/${c.id}`));
    await waitFor(() => expect(document.title).toBe('Parley'));
    expect((await testApi.listNotifications()).unreadCount).toBe(0);
  });

  it('says so when there is nothing to read', async () => {
    const { user } = await renderApp('/inbox/1?view=open');
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    await within(dialog).findByText('No notifications');
    expect(within(dialog).getByRole('button', { name: 'Mark all read' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(document.title).toBe('Parley');
  });
});
