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

  it('is the same array without pending sends', () => {
    const rows = buildThreadRows([message(1, at(20, 8))], now);
    expect(withPending(rows, [], now)).toBe(rows);
  });

  it('names older days in full', () => {
    expect(dayLabel(at(16, 9), now)).toMatch(/16/);
  });
});
