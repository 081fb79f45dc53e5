// The snooze choices of the bulk toolbar, in the agent's local time. Pure: `now` is an argument.
// (The conversation pane has the same presets; features do not share code, so both keep theirs.)

export type SnoozePresetId = 'hour' | 'tomorrow' | 'next-week';

export const SNOOZE_PRESETS: readonly { id: SnoozePresetId; label: string }[] = [
  { id: 'hour', label: '1 hour' },
  { id: 'tomorrow', label: 'Tomorrow morning' },
  { id: 'next-week', label: 'Next week' },
];

const MORNING_HOUR = 9;
const HOUR_MS = 60 * 60 * 1000;

function morningOf(date: Date): number {
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

export function snoozeUntil(preset: SnoozePresetId, now: number): number {
  const date = new Date(now);
  switch (preset) {
    case 'hour':
      return now + HOUR_MS;
    case 'tomorrow':
      // setDate, not +24h: a day across a daylight-saving change is 23 or 25 hours long.
      date.setDate(date.getDate() + 1);
      return morningOf(date);
    case 'next-week':
      // The next Monday (weeks start on Monday); on a Monday, the one after.
      date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
      return morningOf(date);
  }
}
