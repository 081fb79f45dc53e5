import { describe, expect, it } from 'vitest';
import { ZonedCalendar } from './zoned-days';

const HOUR = 3_600_000;

describe('ZonedCalendar', () => {
  it.each([
    ['UTC', 2026, 3, 8, Date.UTC(2026, 2, 8)],
    ['Europe/Paris', 2026, 3, 29, Date.UTC(2026, 2, 28, 23)], // the day clocks go forward
    ['Europe/Paris', 2026, 3, 30, Date.UTC(2026, 2, 29, 22)],
    ['America/New_York', 2026, 11, 1, Date.UTC(2026, 10, 1, 4)], // the day clocks go back
    ['Asia/Kolkata', 2026, 1, 1, Date.UTC(2025, 11, 31, 18, 30)],
    // Midnight does not exist when Santiago moves its clocks forward: the day starts at 01:00.
    ['America/Santiago', 2024, 9, 8, Date.UTC(2024, 8, 8, 4)],
  ])('starts %s %i-%i-%i at its first instant', (tz, year, month, day, expected) => {
    const calendar = new ZonedCalendar(tz);
    const start = calendar.startOf({ year, month, day });
    expect(start).toBe(expected);
    expect(calendar.dateOf(start)).toEqual({ year, month, day });
    expect(calendar.dateOf(start - 1000)).toEqual(ZonedCalendar.addDays({ year, month, day }, -1));
  });

  it('reads the local date of an instant', () => {
    const calendar = new ZonedCalendar('America/New_York');
    expect(calendar.dateOf(Date.UTC(2026, 2, 4, 4, 30))).toEqual({ year: 2026, month: 3, day: 3 });
    expect(calendar.startOfDayAt(Date.UTC(2026, 2, 8, 12)) + 23 * HOUR).toBe(
      calendar.startOf({ year: 2026, month: 3, day: 9 }),
    );
  });

  it('adds days across months and years', () => {
    expect(ZonedCalendar.addDays({ year: 2025, month: 12, day: 30 }, 3)).toEqual({
      year: 2026,
      month: 1,
      day: 2,
    });
    expect(ZonedCalendar.addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });
});
