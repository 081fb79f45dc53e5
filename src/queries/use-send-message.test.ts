import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Message } from '../domain';
import { conversationKeys } from './keys';
import type { ThreadWindow } from './thread-window';
import { appendMessage, isSyncCommand } from './use-send-message';

const message = (id: number): Message => ({
  id,
  conversationId: 7,
  type: 'chat',
  authorType: 'agent',
  authorId: 2,
  body: `m${id}`,
  createdAt: id,
  mentions: [],
});

function threadWith(window: ThreadWindow) {
  const qc = new QueryClient();
  qc.setQueryData<ThreadWindow>(conversationKeys.messages(7), window);
  const ids = () =>
    qc.getQueryData<ThreadWindow>(conversationKeys.messages(7))?.messages.map((m) => m.id);
  return { qc, ids };
}

describe('appendMessage', () => {
  it('adds a saved message to the end of the thread, once', () => {
    const { qc, ids } = threadWith({ messages: [message(1), message(2)], older: null });
    appendMessage(qc, message(3));
    appendMessage(qc, message(3));
    expect(ids()).toEqual([1, 2, 3]);
  });

  it('adds it at the bottom when older pages are still to load: the window ends at the newest', () => {
    const { qc, ids } = threadWith({ messages: [message(5), message(6)], older: 'c5' });
    appendMessage(qc, message(9));
    expect(ids()).toEqual([5, 6, 9]);
  });

  it('puts a message that a refetch overtook in its place, by id', () => {
    const { qc, ids } = threadWith({ messages: [message(5), message(8)], older: null });
    appendMessage(qc, message(6));
    expect(ids()).toEqual([5, 6, 8]);
  });

  it('does nothing without a cached thread', () => {
    const qc = new QueryClient();
    appendMessage(qc, message(1));
    expect(qc.getQueryData(conversationKeys.messages(7))).toBeUndefined();
  });
});

describe('isSyncCommand', () => {
  it('is a reply of exactly /sync, give or take spaces', () => {
    expect(isSyncCommand('chat', '/sync')).toBe(true);
    expect(isSyncCommand('chat', '  /sync ')).toBe(true);
    expect(isSyncCommand('note', '/sync')).toBe(false);
    expect(isSyncCommand('chat', '/sync now')).toBe(false);
  });
});
