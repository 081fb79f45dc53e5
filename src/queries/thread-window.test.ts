import { describe, expect, it } from 'vitest';
import type { MessagePage } from '../api';
import type { Message } from '../domain';
import { joinNewest, prependOlder, withMessage, type ThreadWindow } from './thread-window';

const message = (id: number): Message => ({
  id,
  conversationId: 7,
  type: 'chat',
  authorType: 'contact',
  authorId: 1,
  body: `m${id}`,
  createdAt: id * 1000,
  mentions: [],
});

/** A newest-first page of these ids (given oldest first, as a person reads them). */
const page = (ids: number[], next: string | null): MessagePage => ({
  data: ids.map(message).reverse(),
  next,
});
const window = (ids: number[], older: string | null): ThreadWindow => ({
  messages: ids.map(message),
  older,
});
const idsOf = (w: ThreadWindow | null) => w?.messages.map((m) => m.id);

describe('joinNewest', () => {
  it('turns the first newest-first page into a window, oldest first', () => {
    const w = joinNewest(undefined, page([8, 9, 10], 'b8'));
    expect(idsOf(w)).toEqual([8, 9, 10]);
    expect(w.older).toBe('b8');
  });

  it('joins a newer page to the older pages loaded, keeping their cursor', () => {
    const loaded = window([2, 3, 4, 5, 6], 'b2');
    const w = joinNewest(loaded, page([5, 6, 7], 'b5'));
    expect(idsOf(w)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(w.older).toBe('b2');
  });

  it('takes the page whole when it covers everything loaded', () => {
    const w = joinNewest(window([5, 6], 'b5'), page([4, 5, 6, 7], 'b4'));
    expect(idsOf(w)).toEqual([4, 5, 6, 7]);
    expect(w.older).toBe('b4');
  });

  it('starts again from the page when more than a page arrived, rather than leave a hole', () => {
    const w = joinNewest(window([1, 2, 3], null), page([8, 9, 10], 'b8'));
    expect(idsOf(w)).toEqual([8, 9, 10]);
    expect(w.older).toBe('b8');
  });

  it('takes a last page as the whole thread', () => {
    const w = joinNewest(window([1, 2, 3], 'b1'), page([1, 2, 3, 4], null));
    expect(idsOf(w)).toEqual([1, 2, 3, 4]);
    expect(w.older).toBeNull();
  });
});

describe('prependOlder', () => {
  it('puts the older page in front and moves the cursor on', () => {
    const w = prependOlder(window([5, 6, 7], 'b5'), 'b5', page([2, 3, 4], 'b2'));
    expect(idsOf(w)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(w?.older).toBe('b2');
  });

  it('reaches the first message: no cursor left', () => {
    const w = prependOlder(window([3, 4], 'b3'), 'b3', page([1, 2], null));
    expect(idsOf(w)).toEqual([1, 2, 3, 4]);
    expect(w?.older).toBeNull();
  });

  it('refuses a page asked for a window that has moved on since', () => {
    expect(prependOlder(window([8, 9], 'b8'), 'b5', page([2, 3, 4], 'b2'))).toBeNull();
  });
});

describe('withMessage', () => {
  it('appends a newer message, and keeps a known one once', () => {
    const w = withMessage(window([1, 2], null), message(3));
    expect(idsOf(w)).toEqual([1, 2, 3]);
    expect(withMessage(w, message(3))).toBe(w);
  });

  it('leaves a message older than the loaded window to the page that holds it', () => {
    const w = window([5, 6], 'b5');
    expect(withMessage(w, message(2))).toBe(w);
  });
});
