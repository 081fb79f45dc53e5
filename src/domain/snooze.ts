// The snooze presets, in the agent's local time (an agent's "tomorrow morning" is their own).
// Pure: `now` is an argument; the zone is the runtime's.
import { HOUR_MS } from './types';

export const SNOOZE_PRESETS = [
  { id: 'hour', label: '1 hour' },
  { id: 'tomorrow', label: 'Tomorrow morning' },
  { id: 'next-week', label: 'Next week' },
] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number]['id'];

export const MORNING_HOUR = 9;

function atMorning(date: Date): number {
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

/** Tomorrow at 9:00 local time. */
export function tomorrowMorning(now: number): number {
  const date = new Date(now);
  // setDate, not +24h: a day across a daylight-saving change is 23 or 25 hours long.
  date.setDate(date.getDate() + 1);
  return atMorning(date);
}

/**
 * The first Monday after tomorrow, at 9:00 local time: on a Monday, in 7 days; on a Sunday, in 8,
 * because tomorrow morning is already that Monday and two presets must not name one moment.
 */
export function nextWeekMonday(now: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  return atMorning(date);
}

export function snoozeUntil(preset: SnoozePreset, now: number): number {
  switch (preset) {
    case 'hour':
      return now + HOUR_MS;
    case 'tomorrow':
      return tomorrowMorning(now);
    case 'next-week':
      return nextWeekMonday(now);
  }
}
