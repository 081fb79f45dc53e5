import { describe, expect, it } from 'vitest';
import {
  fromDateTimeLocal,
  inOneHour,
  nextWeekMonday,
  tomorrowMorning,
  toDateTimeLocal,
} from './snooze-times';

// Local times are built with the Date constructor, so the cases hold in any zone the tests run in.
const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('snooze presets', () => {
  it('1 hour is exactly one hour later', () => {
    expect(inOneHour(at(2026, 11, 20, 16, 5))).toBe(at(2026, 11, 20, 17, 5));
  });

  it.each([
    ['late at night', at(2026, 11, 20, 23, 30), at(2026, 11, 21, 9)],
    ['early in the morning', at(2026, 11, 20, 6), at(2026, 11, 21, 9)],
    ['on the last day of a month', at(2026, 11, 30, 14), at(2026, 12, 1, 9)],
    ['on new year eve', at(2026, 12, 31, 10), at(2027, 1, 1, 9)],
  ])('tomorrow morning %s is 9:00 the next day', (_case, now, expected) => {
    expect(tomorrowMorning(now)).toBe(expected);
  });

  it.each([
    ['a Friday', at(2026, 11, 20, 15), at(2026, 11, 23, 9)],
    ['a Sunday', at(2026, 11, 22, 20), at(2026, 11, 23, 9)],
    ['a Monday before nine', at(2026, 11, 23, 8), at(2026, 11, 30, 9)],
    ['a Monday afternoon', at(2026, 11, 23, 15), at(2026, 11, 30, 9)],
    ['a Wednesday', at(2026, 11, 25, 12), at(2026, 11, 30, 9)],
  ])('next week from %s is the next Monday at 9:00', (_case, now, expected) => {
    expect(nextWeekMonday(now)).toBe(expected);
  });
});

describe('datetime-local values', () => {
  it('round-trip in local time', () => {
    const t = at(2026, 3, 9, 7, 45);
    expect(toDateTimeLocal(t)).toBe('2026-03-09T07:45');
    expect(fromDateTimeLocal('2026-03-09T07:45')).toBe(t);
  });

  it('refuse what is not a date-time', () => {
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('tomorrow')).toBeNull();
  });
});
