// Short, scannable times for lists ("now", "2m", "3h", "Mon", "12 Mar", "12 Mar 2023") and a
// long form for tooltips and screen readers. Pure: `now` is an argument, the zone an option.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export interface RelativeTimeOptions {
  /** IANA zone for calendar decisions (which day, which year). Defaults to the runtime's. */
  timeZone?: string;
  /** For the long form only; the short form is fixed English. */
  locale?: string;
}

interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
  /** Days since 1970-01-01 for this calendar date, for whole-day differences. */
  dayNumber: number;
}

// Intl constructors are slow next to format(); a list renders hundreds of times per minute.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const fullFormatters = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

function cached<V>(map: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}

function calendarDate(timestamp: number, timeZone: string | undefined): CalendarDate {
  // The runtime's own zone is also Date's: its local fields are the same calendar date, at a
  // fraction of formatToParts' cost (two calls a row, 25 rows mounted by one bulk close).
  if (timeZone === undefined) {
    const date = new Date(timestamp);
    const [year, month, day] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
    return { year, month, day, dayNumber: Date.UTC(year, month - 1, day) / (24 * HOUR) };
  }
  const format = cached(
    partsFormatters,
    timeZone ?? '',
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      }),
  );
  const parts = format.formatToParts(timestamp);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return { year, month, day, dayNumber: Date.UTC(year, month - 1, day) / (24 * HOUR) };
}

/**
 * Under a minute either way: "now". Within the hour: "5m" ("in 5m" ahead). Within a day: "3h"
 * ("in 3h"). Within six calendar days: the weekday ("Mon"). Same year: "12 Mar". Else
 * "12 Mar 2023".
 */
export function formatRelativeTime(
  timestamp: number,
  now: number,
  options: RelativeTimeOptions = {},
): string {
  const diff = now - timestamp;
  const distance = Math.abs(diff);
  const ahead = diff < 0;
  if (distance < MINUTE) return 'now';
  if (distance < HOUR) return `${ahead ? 'in ' : ''}${Math.floor(distance / MINUTE)}m`;
  if (distance < 24 * HOUR) return `${ahead ? 'in ' : ''}${Math.floor(distance / HOUR)}h`;

  const then = calendarDate(timestamp, options.timeZone);
  const today = calendarDate(now, options.timeZone);
  if (Math.abs(today.dayNumber - then.dayNumber) < 7) {
    const weekday = new Date(then.dayNumber * 24 * HOUR).getUTCDay();
    return WEEKDAYS[weekday] ?? '';
  }
  const dayMonth = `${then.day} ${MONTHS[then.month - 1] ?? ''}`;
  return then.year === today.year ? dayMonth : `${dayMonth} ${then.year}`;
}

/** "5 minutes ago", "in 3 hours", or a full date and time beyond a day. */
export function describeRelativeTime(
  timestamp: number,
  now: number,
  options: RelativeTimeOptions = {},
): string {
  const diff = timestamp - now;
  const distance = Math.abs(diff);
  if (distance < MINUTE) return 'just now';
  const relative = cached(
    relativeFormatters,
    options.locale ?? 'en',
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  if (distance < HOUR) return relative.format(Math.trunc(diff / MINUTE), 'minute');
  if (distance < 24 * HOUR) return relative.format(Math.trunc(diff / HOUR), 'hour');
  return formatFullDateTime(timestamp, options);
}

// A row shows its time's long form twice (the title and the screen reader's text), and rows
// mount again as they scroll back into view: the strings are kept, a bounded number of them.
const fullDateTimes = new Map<string, string>();
const FULL_DATE_TIMES_KEPT = 2000;

/** "Mon, 12 Mar 2024, 14:05" in the given locale and zone. */
export function formatFullDateTime(timestamp: number, options: RelativeTimeOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const key = `${locale}|${options.timeZone ?? ''}`;
  const known = fullDateTimes.get(`${key}|${timestamp}`);
  if (known !== undefined) return known;
  const format = cached(
    fullFormatters,
    key,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: options.timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  const text = format.format(timestamp);
  if (fullDateTimes.size >= FULL_DATE_TIMES_KEPT) fullDateTimes.clear();
  fullDateTimes.set(`${key}|${timestamp}`, text);
  return text;
}
