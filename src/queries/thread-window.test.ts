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

describe('a merged thread, in time order where ids do not follow it', () => {
  // Ids 20 and 21 came from the merged conversation, back-dated between 2 and 3.
  const moved = (id: number, at: number): Message => ({ ...message(id), createdAt: at });

  it('puts an older page of back-dated higher ids in front, and joins the newest page by time', () => {
    const loaded: ThreadWindow = { messages: [message(3), message(4)], older: 'b3' };
    const older: MessagePage = { data: [moved(21, 2600), moved(20, 2500), message(2)], next: null };
    expect(idsOf(prependOlder(loaded, 'b3', older))).toEqual([2, 20, 21, 3, 4]);

    const current: ThreadWindow = { messages: [message(2), moved(20, 2500)], older: 'b2' };
    const fresh: MessagePage = {
      data: [message(3), moved(21, 2600), moved(20, 2500)],
      next: 'b20',
    };
    const joined = joinNewest(current, fresh);
    expect(idsOf(joined)).toEqual([2, 20, 21, 3]);
    expect(joined.older).toBe('b2');
  });

  it('places a back-dated message by its time, not its id', () => {
    const w: ThreadWindow = { messages: [message(2), message(3), message(4)], older: null };
    expect(idsOf(withMessage(w, moved(21, 3500)))).toEqual([2, 3, 21, 4]);
  });
});
