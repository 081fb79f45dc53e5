// When each snooze preset wakes the conversation, in the agent's local time. Pure: `now` is an
// argument, and the zone is the runtime's (the agent means their own morning).

export type SnoozePreset = 'hour' | 'tomorrow' | 'next-week';

const HOUR_MS = 60 * 60 * 1000;
export const MORNING_HOUR = 9;

function atMorning(date: Date): number {
  const d = new Date(date);
  d.setHours(MORNING_HOUR, 0, 0, 0);
  return d.getTime();
}

/** One hour from now. */
export function inOneHour(now: number): number {
  return now + HOUR_MS;
}

/** Tomorrow at 9:00 local time. */
export function tomorrowMorning(now: number): number {
  const d = new Date(now);
  // setDate, not +24h: a day across a daylight-saving change is 23 or 25 hours long.
  d.setDate(d.getDate() + 1);
  return atMorning(d);
}

/** The Monday of next week at 9:00 local time (weeks start on Monday; on a Monday, in 7 days). */
export function nextWeekMonday(now: number): number {
  const d = new Date(now);
  const days = (8 - d.getDay()) % 7 || 7;
  d.setDate(d.getDate() + days);
  return atMorning(d);
}

export function presetTime(preset: SnoozePreset, now: number): number {
  switch (preset) {
    case 'hour':
      return inOneHour(now);
    case 'tomorrow':
      return tomorrowMorning(now);
    case 'next-week':
      return nextWeekMonday(now);
  }
}

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
