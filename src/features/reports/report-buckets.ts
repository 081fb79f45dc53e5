// The per-day chart's buckets. The summary API answers totals only, so the chart asks for one
// summary per bucket: a day each up to a month, a week each beyond, never more than 90 requests.
import { addDays, daysBetween, type ResolvedRange } from './report-range';

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

export function buckets(range: ResolvedRange): Bucket[] {
  const size = bucketSize(range.days);
  const result: Bucket[] = [];
  const first = new Date(range.from);
  for (let offset = 0; offset < range.days; offset += size) {
    const start = addDays(first, offset);
    const end = addDays(first, Math.min(offset + size, range.days));
    const lastDay = addDays(end, -1);
    const label = dayLabel(start);
    result.push({
      from: start.getTime(),
      to: end.getTime(),
      days: daysBetween(start, end),
      label,
      longLabel: size === 1 ? label : `${label} – ${dayLabel(lastDay)}`,
    });
  }
  return result;
}
