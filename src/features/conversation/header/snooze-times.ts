// The snooze times as the pane shows them: the custom picker's local date-time value and the
// short labels. The presets themselves are the domain's (`snoozeUntil`).

const HOUR_MS = 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an `<input type="datetime-local">` for this instant, in local time. */
export function toDateTimeLocal(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant an `<input type="datetime-local">` value stands for (local time), or null. */
export function fromDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s, 0);
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

const shortFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const longFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Mon 9:00 AM" within the coming week, "Mon, 12 Mar, 9:00 AM" beyond. */
export function formatSnoozeTime(timestamp: number, now: number): string {
  return timestamp - now < 6 * 24 * HOUR_MS
    ? shortFormat.format(timestamp)
    : longFormat.format(timestamp);
}
