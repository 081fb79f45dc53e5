// The per-day chart's buckets: a day each up to a month, a week each beyond, never more than 90
// (the series API's limit). The API cuts them at the agent's midnights; these label them.
import { addDays, daysBetween } from './report-range';

export const DAILY_LIMIT_DAYS = 31;
export const MAX_BUCKETS = 90;

export interface Bucket {
  from: number;
  to: number;
  days: number;
  /** A short label for the axis: "12 Mar". */
  label: string;
  /** The days it covers, for the table and tooltips: "12 Mar" or "12 Mar – 18 Mar". */
  longLabel: string;
}

// Spelt out by hand, as the inbox's times are: Intl's "Sept" would not match their "Sep".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayLabel(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''}`;
}

export function longDayLabel(date: Date): string {
  return `${dayLabel(date)} ${date.getFullYear()}`;
}

/** How many days one bucket covers. */
export function bucketSize(days: number): number {
  if (days <= DAILY_LIMIT_DAYS) return 1;
  return Math.max(7, Math.ceil(days / MAX_BUCKETS));
}

/** The bucket [from, to), labelled as the chart shows it. */
export function bucketOf(from: number, to: number, unit: 'day' | 'week'): Bucket {
  const start = new Date(from);
  const end = new Date(to);
  const label = dayLabel(start);
  return {
    from,
    to,
    days: daysBetween(start, end),
    label,
    longLabel: unit === 'day' ? label : `${label} – ${dayLabel(addDays(end, -1))}`,
  };
}
