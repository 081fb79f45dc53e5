// The report's range: a preset ("last 30 days") or custom calendar dates, kept in the query
// string so a reload or a shared link shows the same figures. Days are local calendar days: a
// range runs from the first day's midnight to the midnight after its last day.

export const RANGE_PRESETS = ['7d', '30d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const PRESET_DAYS: Record<RangePreset, number> = { '7d': 7, '30d': 30, '90d': 90 };
export const PRESET_LABELS: Record<RangePreset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};

/** The API answers at most 400 days at a time. */
export const MAX_CUSTOM_DAYS = 400;

export type RangeChoice =
  | { kind: 'preset'; preset: RangePreset }
  /** Calendar dates as `YYYY-MM-DD`, both days included. */
  | { kind: 'custom'; from: string; to: string };

export const DEFAULT_RANGE: RangeChoice = { kind: 'preset', preset: '30d' };

export interface ResolvedRange {
  /** Midnight starting the first day, Unix ms. */
  from: number;
  /** Midnight after the last day, Unix ms (exclusive). */
  to: number;
  days: number;
  /** The first and last day included, as `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` to a local date, or null when it is not a real calendar date. */
export function parseDay(value: string): Date | null {
  const match = DATE_RE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date : null;
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const LABEL_RE = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/i;

/**
 * A day as people write it in the range's label ("10 Mar 2025", or "10 March 2025"), or as
 * `YYYY-MM-DD`; null when it is neither or not a real calendar date.
 */
export function parseDayLabel(value: string): Date | null {
  const text = value.trim();
  const match = LABEL_RE.exec(text);
  if (!match) return parseDay(text);
  const month = MONTH_NAMES.indexOf((match[2] ?? '').toLowerCase());
  if (month === -1) return null;
  const iso = `${match[3] ?? ''}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return parseDay(iso);
}

export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Whole calendar days from a to b; rounding absorbs a daylight-saving hour. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** Why a custom range cannot be shown, or null when it can. */
export function customRangeError(from: string, to: string): string | null {
  const first = parseDay(from);
  const last = parseDay(to);
  if (!first || !last) return 'Enter both dates.';
  if (first > last) return 'The start date must be on or before the end date.';
  if (daysBetween(first, last) + 1 > MAX_CUSTOM_DAYS)
    return `A report covers at most ${MAX_CUSTOM_DAYS} days.`;
  return null;
}

export function parseRangeSearch(search: string): RangeChoice {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && customRangeError(from, to) === null) return { kind: 'custom', from, to };
  const preset = params.get('range');
  const known = RANGE_PRESETS.find((p) => p === preset);
  return known ? { kind: 'preset', preset: known } : DEFAULT_RANGE;
}

export function formatRangeSearch(choice: RangeChoice): string {
  const params =
    choice.kind === 'preset'
      ? new URLSearchParams({ range: choice.preset })
      : new URLSearchParams({ from: choice.from, to: choice.to });
  return params.toString();
}

/** The range's bounds; `today` is the local day the screen treats as the last of a preset. */
export function resolveRange(choice: RangeChoice, today: Date): ResolvedRange {
  let first: Date;
  let last: Date;
  if (choice.kind === 'preset') {
    last = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    first = addDays(last, 1 - PRESET_DAYS[choice.preset]);
  } else {
    // parseRangeSearch only lets valid custom ranges through; fall back to today to stay total.
    first = parseDay(choice.from) ?? today;
    last = parseDay(choice.to) ?? today;
  }
  const end = addDays(last, 1);
  return {
    from: first.getTime(),
    to: end.getTime(),
    days: daysBetween(first, end),
    firstDay: formatDay(first),
    lastDay: formatDay(last),
  };
}
