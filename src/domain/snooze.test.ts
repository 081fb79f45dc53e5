import { describe, expect, it } from 'vitest';
import { nextWeekMonday, snoozeUntil, tomorrowMorning } from './snooze';

// Local times, as the agent means them.
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

describe('snooze presets', () => {
  it('1 hour is an hour from now', () => {
    const now = at(2025, 3, 5, 14, 30);
    expect(snoozeUntil('hour', now)).toBe(now + 3_600_000);
  });

  it('tomorrow morning is 9:00 the next day, also across a month end', () => {
    expect(snoozeUntil('tomorrow', at(2025, 3, 5, 23, 50))).toBe(at(2025, 3, 6, 9));
    expect(snoozeUntil('tomorrow', at(2025, 1, 31, 8))).toBe(at(2025, 2, 1, 9));
  });

  it('next week is the coming Monday at 9:00; on a Monday, the next one', () => {
    // 5 March 2025 is a Wednesday; 10 March a Monday.
    expect(snoozeUntil('next-week', at(2025, 3, 5, 10))).toBe(at(2025, 3, 10, 9));
    expect(snoozeUntil('next-week', at(2025, 3, 10, 7))).toBe(at(2025, 3, 17, 9));
  });

  it('on a Sunday, next week is the Monday after tomorrow morning, never the same moment', () => {
    // 9 March 2025 is a Sunday: tomorrow morning is Monday the 10th, so next week is the 17th.
    expect(snoozeUntil('tomorrow', at(2025, 3, 9, 22))).toBe(at(2025, 3, 10, 9));
    expect(snoozeUntil('next-week', at(2025, 3, 9, 22))).toBe(at(2025, 3, 17, 9));
    for (let day = 1; day <= 14; day += 1) {
      const now = at(2025, 3, day, 12);
      expect(snoozeUntil('next-week', now)).toBeGreaterThan(snoozeUntil('tomorrow', now));
    }
  });
});

const atLocal = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('snooze presets across month, year and weekday edges', () => {
  it('1 hour is exactly one hour later', () => {
    expect(snoozeUntil('hour', atLocal(2026, 11, 20, 16, 5))).toBe(atLocal(2026, 11, 20, 17, 5));
  });

  it.each([
    ['late at night', atLocal(2026, 11, 20, 23, 30), atLocal(2026, 11, 21, 9)],
    ['early in the morning', atLocal(2026, 11, 20, 6), atLocal(2026, 11, 21, 9)],
    ['on the last day of a month', atLocal(2026, 11, 30, 14), atLocal(2026, 12, 1, 9)],
    ['on new year eve', atLocal(2026, 12, 31, 10), atLocal(2027, 1, 1, 9)],
  ])('tomorrow morning %s is 9:00 the next day', (_case, now, expected) => {
    expect(tomorrowMorning(now)).toBe(expected);
  });

  it.each([
    ['a Friday', atLocal(2026, 11, 20, 15), atLocal(2026, 11, 23, 9)],
    ['a Saturday', atLocal(2026, 11, 21, 20), atLocal(2026, 11, 23, 9)],
    [
      'a Sunday (tomorrow morning is a Monday)',
      atLocal(2026, 11, 22, 20),
      atLocal(2026, 11, 30, 9),
    ],
    ['a Monday before nine', atLocal(2026, 11, 23, 8), atLocal(2026, 11, 30, 9)],
    ['a Monday afternoon', atLocal(2026, 11, 23, 15), atLocal(2026, 11, 30, 9)],
    ['a Wednesday', atLocal(2026, 11, 25, 12), atLocal(2026, 11, 30, 9)],
  ])('next week from %s is the Monday after tomorrow, at 9:00', (_case, now, expected) => {
    expect(nextWeekMonday(now)).toBe(expected);
  });
});
