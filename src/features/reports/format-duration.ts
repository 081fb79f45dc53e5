// Durations as people say them: "45s", "14m", "2h 14m", "3d 4h"; and the long form for
// screen readers ("2 hours 14 minutes").
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Parts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Two units at most: under a day to the minute, from a day on to the hour. */
function parts(ms: number): Parts {
  const value = Math.max(0, ms);
  if (value < MINUTE) return { days: 0, hours: 0, minutes: 0, seconds: Math.round(value / 1000) };
  if (value < DAY) {
    const total = Math.round(value / MINUTE);
    if (total >= 24 * 60) return { days: 1, hours: 0, minutes: 0, seconds: 0 };
    return { days: 0, hours: Math.floor(total / 60), minutes: total % 60, seconds: 0 };
  }
  const total = Math.round(value / HOUR);
  return { days: Math.floor(total / 24), hours: total % 24, minutes: 0, seconds: 0 };
}

function join(p: Parts, names: Record<keyof Parts, (n: number) => string>): string {
  if (p.days > 0)
    return [names.days(p.days), p.hours > 0 ? names.hours(p.hours) : ''].join(' ').trim();
  if (p.hours > 0)
    return [names.hours(p.hours), p.minutes > 0 ? names.minutes(p.minutes) : ''].join(' ').trim();
  if (p.minutes > 0) return names.minutes(p.minutes);
  return names.seconds(p.seconds);
}

export function formatDuration(ms: number): string {
  return join(parts(ms), {
    days: (n) => `${n}d`,
    hours: (n) => `${n}h`,
    minutes: (n) => `${n}m`,
    seconds: (n) => `${n}s`,
  });
}

const plural = (unit: string) => (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function describeDuration(ms: number): string {
  return join(parts(ms), {
    days: plural('day'),
    hours: plural('hour'),
    minutes: plural('minute'),
    seconds: plural('second'),
  });
}
