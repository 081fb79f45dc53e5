import { describe, expect, it } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from './snooze-times';

// Local times are built with the Date constructor, so the cases hold in any zone the tests run in.
const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

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
