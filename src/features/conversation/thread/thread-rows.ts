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

/** Keyed by the row it heads: unique even when times do not follow ids (imported threads), and
 * stable while older pages come in above it. */
const dayRow = (timestamp: number, now: number, heads: string): ThreadRow => ({
  kind: 'day',
  key: `day-${heads}`,
  label: dayLabel(timestamp, now),
});

/**
 * With `fromStart` false (older messages are still to load), no separator goes above the first
 * message: its day may begin on the page before, where the separator will then be drawn. Drawing
 * it here would also make it the row the virtualizer keeps in place when that page comes in
 * above it, and the page would push everything the agent was reading out of view.
 */
export function buildThreadRows(
  messages: readonly Message[],
  now: number,
  fromStart = true,
): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let lastDay: string | null = null;
  for (const [i, message] of messages.entries()) {
    const day = localDay(message.createdAt);
    if (day !== lastDay) {
      lastDay = day;
      if (fromStart || i > 0) rows.push(dayRow(message.createdAt, now, `m-${message.id}`));
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
  const last = rows.findLast((r) => r.kind === 'message' || r.kind === 'event');
  const today = localDay(now);
  const extra: ThreadRow[] =
    last && 'message' in last && localDay(last.message.createdAt) === today
      ? []
      : [dayRow(now, now, 'pending')];
  for (const send of pending) extra.push({ kind: 'pending', key: `p-${send.key}`, send });
  return [...rows, ...extra];
}
