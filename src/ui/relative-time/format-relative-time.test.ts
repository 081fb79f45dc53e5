import { describe, expect, it } from 'vitest';
import { describeRelativeTime, formatRelativeTime } from './format-relative-time';

// Wednesday 13 March 2024, 15:00 UTC.
const NOW = Date.UTC(2024, 2, 13, 15, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const utc = { timeZone: 'UTC' };

describe('formatRelativeTime', () => {
  it.each([
    ['same instant', NOW, 'now'],
    ['59 s ago', NOW - 59_000, 'now'],
    ['30 s ahead', NOW + 30_000, 'now'],
    ['1 min ago', NOW - MIN, '1m'],
    ['2 min 59 s ago', NOW - 2 * MIN - 59_000, '2m'],
    ['59 min ago', NOW - 59 * MIN, '59m'],
    ['1 h ago', NOW - HOUR, '1h'],
    ['3 h 10 min ago', NOW - 3 * HOUR - 10 * MIN, '3h'],
    ['23 h 59 min ago', NOW - DAY + MIN, '23h'],
    ['24 h ago: Tuesday', NOW - DAY, 'Tue'],
    ['2 days ago: Monday', NOW - 2 * DAY, 'Mon'],
    ['6 days ago: Thursday', NOW - 6 * DAY, 'Thu'],
    ['7 days ago: a date, not the same weekday as today', NOW - 7 * DAY, '6 Mar'],
    ['start of the year', Date.UTC(2024, 0, 1, 9), '1 Jan'],
    ['last year', Date.UTC(2023, 2, 12, 9), '12 Mar 2023'],
    ['September', Date.UTC(2023, 8, 30), '30 Sep 2023'],
    ['5 min ahead', NOW + 5 * MIN, 'in 5m'],
    ['3 h ahead', NOW + 3 * HOUR, 'in 3h'],
    ['2 days ahead: Friday', NOW + 2 * DAY, 'Fri'],
    ['next month', Date.UTC(2024, 3, 20, 9), '20 Apr'],
  ])('%s -> %s', (_case, timestamp, expected) => {
    expect(formatRelativeTime(timestamp, NOW, utc)).toBe(expected);
  });

  it('decides the calendar day in the given time zone', () => {
    // 2024-03-08 23:30 UTC is already Saturday 9 March in Tokyo (and Friday in UTC).
    const lateFriday = Date.UTC(2024, 2, 8, 23, 30);
    expect(formatRelativeTime(lateFriday, NOW, { timeZone: 'UTC' })).toBe('Fri');
    expect(formatRelativeTime(lateFriday, NOW, { timeZone: 'Asia/Tokyo' })).toBe('Sat');
    // 3 Jan 2024 04:00 UTC is still 2 Jan in New York; 31 Dec 2023 23:00 UTC is 2023 in UTC only.
    expect(formatRelativeTime(Date.UTC(2024, 0, 3, 4), NOW, { timeZone: 'America/New_York' })).toBe(
      '2 Jan',
    );
    expect(formatRelativeTime(Date.UTC(2023, 11, 31, 23), NOW, { timeZone: 'UTC' })).toBe(
      '31 Dec 2023',
    );
    expect(formatRelativeTime(Date.UTC(2023, 11, 31, 23), NOW, { timeZone: 'Asia/Tokyo' })).toBe(
      '1 Jan',
    );
  });
});

describe('describeRelativeTime', () => {
  it('spells out recent times and gives a full date beyond a day', () => {
    expect(describeRelativeTime(NOW - 20_000, NOW, utc)).toBe('just now');
    expect(describeRelativeTime(NOW - 2 * MIN, NOW, utc)).toBe('2 minutes ago');
    expect(describeRelativeTime(NOW + 3 * HOUR, NOW, utc)).toBe('in 3 hours');
    expect(describeRelativeTime(Date.UTC(2024, 2, 1, 9, 5), NOW, utc)).toContain('2024');
  });
});
