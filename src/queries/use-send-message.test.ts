import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { MessagePage } from '../api';
import type { Message } from '../domain';
import { conversationKeys } from './keys';
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

function threadWith(pages: MessagePage[]) {
  const qc = new QueryClient();
  qc.setQueryData<InfiniteData<MessagePage, string | null>>(conversationKeys.messages(7), {
    pages,
    pageParams: pages.map((_, i) => (i === 0 ? null : String(i))),
  });
  const ids = () =>
    qc
      .getQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(7))
      ?.pages.flatMap((p) => p.data.map((m) => m.id));
  return { qc, ids };
}

describe('appendMessage', () => {
  it('adds a saved message to the end of a complete thread, once', () => {
    const { qc, ids } = threadWith([{ data: [message(1), message(2)], next: null }]);
    appendMessage(qc, message(3));
    appendMessage(qc, message(3));
    expect(ids()).toEqual([1, 2, 3]);
  });

  it('leaves a thread whose last page is not loaded yet to the next fetch', () => {
    const { qc, ids } = threadWith([{ data: [message(1)], next: 'c1' }]);
    appendMessage(qc, message(2));
    expect(ids()).toEqual([1]);
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
