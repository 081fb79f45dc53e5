import { describe, expect, it } from 'vitest';
import type { Message } from '../../../domain';
import { buildThreadRows, dayLabel, withPending } from './thread-rows';

const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
const message = (id: number, createdAt: number, type: Message['type'] = 'chat'): Message => ({
  id,
  conversationId: 1,
  type,
  authorType: 'contact',
  authorId: 9,
  body: `message ${id}`,
  createdAt,
  mentions: [],
});

describe('buildThreadRows', () => {
  const now = at(21, 12);

  it('puts a separator before each new local day and keeps the order', () => {
    const rows = buildThreadRows(
      [
        message(1, at(19, 9)),
        message(2, at(19, 18), 'event'),
        message(3, at(20, 8)),
        message(4, at(21, 10)),
      ],
      now,
    );
    expect(rows.map((r) => (r.kind === 'day' ? r.label : `${r.kind}:${r.key}`))).toEqual([
      dayLabel(at(19, 9), now),
      'message:m-1',
      'event:m-2',
      'Yesterday',
      'message:m-3',
      'Today',
      'message:m-4',
    ]);
  });

  it('draws a day split across two pages under one separator, once its start is loaded', () => {
    // The newest page starts in the middle of the 20th; the older page brings the rest of it.
    const newestPage = [message(3, at(20, 12)), message(4, at(20, 13), 'event'), message(5, now)];
    const olderPage = [message(1, at(19, 9)), message(2, at(20, 8))];
    // Its day may start on the older page: no separator above the first row until that is in.
    const before = buildThreadRows(newestPage, now, false);
    const after = buildThreadRows([...olderPage, ...newestPage], now);
    const shape = (rows: typeof after) => rows.map((r) => r.key);
    expect(shape(before)).toEqual(['m-3', 'm-4', 'day-m-5', 'm-5']);
    // The rows already drawn keep their keys; the 20th's separator heads its first message.
    expect(shape(after)).toEqual([
      'day-m-1',
      'm-1',
      'day-m-2',
      'm-2',
      'm-3',
      'm-4',
      'day-m-5',
      'm-5',
    ]);
    expect(after.filter((r) => r.kind === 'event').map((r) => r.key)).toEqual(['m-4']);
  });

  it('ends with the pending sends, under today', () => {
    const send = { key: 'k1', type: 'note', body: 'hi' } as const;
    const older = withPending(buildThreadRows([message(1, at(20, 8))], now), [send], now);
    expect(older.map((r) => (r.kind === 'day' ? r.label : r.key))).toEqual([
      'Yesterday',
      'm-1',
      'Today',
      'p-k1',
    ]);
    const today = withPending(buildThreadRows([message(1, at(21, 8))], now), [send], now);
    expect(today.map((r) => (r.kind === 'day' ? r.label : r.key))).toEqual([
      'Today',
      'm-1',
      'p-k1',
    ]);
  });

  it('gives every separator its own key, even when times go back and forth', () => {
    const rows = buildThreadRows(
      [message(1, at(19, 9)), message(2, at(20, 9)), message(3, at(19, 10))],
      now,
    );
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts no second "Today" above a send when the loaded rows start today without one', () => {
    const send = { key: 'k1', type: 'chat', body: 'hi' } as const;
    const partial = buildThreadRows([message(1, at(21, 8)), message(2, at(21, 9))], now, false);
    expect(withPending(partial, [send], now).map((r) => r.key)).toEqual(['m-1', 'm-2', 'p-k1']);
  });

  it('is the same array without pending sends', () => {
    const rows = buildThreadRows([message(1, at(20, 8))], now);
    expect(withPending(rows, [], now)).toBe(rows);
  });

  it('names older days in full', () => {
    expect(dayLabel(at(16, 9), now)).toMatch(/16/);
  });
});
