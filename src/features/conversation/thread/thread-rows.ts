// The thread as the rows the virtualizer draws: a date separator before each new local day,
// then messages, event lines, and the sends still on their way.
import type { Message } from '../../../domain';

export interface PendingSend {
  key: string;
  type: 'chat' | 'note';
  body: string;
}

export type ThreadRow =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'message'; key: string; message: Message }
  | { kind: 'event'; key: string; message: Message }
  | { kind: 'pending'; key: string; send: PendingSend };

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function localDay(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** "Today", "Yesterday", or "Monday, 16 November 2026" (in the runtime's locale). */
export function dayLabel(timestamp: number, now: number): string {
  const day = localDay(timestamp);
  if (day === localDay(now)) return 'Today';
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === localDay(yesterday.getTime())) return 'Yesterday';
  return dayFormat.format(timestamp);
}

const dayRow = (timestamp: number, now: number): ThreadRow => ({
  kind: 'day',
  key: `day-${localDay(timestamp)}`,
  label: dayLabel(timestamp, now),
});

export function buildThreadRows(messages: readonly Message[], now: number): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let lastDay: string | null = null;
  for (const message of messages) {
    const day = localDay(message.createdAt);
    if (day !== lastDay) {
      lastDay = day;
      rows.push(dayRow(message.createdAt, now));
    }
    rows.push({
      kind: message.type === 'event' ? 'event' : 'message',
      key: `m-${message.id}`,
      message,
    });
  }
  return rows;
}

/** The rows with the sends on their way at the end, under today. */
export function withPending(
  rows: readonly ThreadRow[],
  pending: readonly PendingSend[],
  now: number,
): readonly ThreadRow[] {
  if (pending.length === 0) return rows;
  const today = dayRow(now, now);
  const lastDay = rows.findLast((r) => r.kind === 'day');
  const extra: ThreadRow[] = lastDay?.key === today.key ? [] : [today];
  for (const send of pending) extra.push({ kind: 'pending', key: `p-${send.key}`, send });
  return [...rows, ...extra];
}
