import { describe, expect, it } from 'vitest';
import {
  customRangeError,
  DEFAULT_RANGE,
  formatRangeSearch,
  formatDay,
  parseDay,
  parseDayLabel,
  parseRangeSearch,
  resolveRange,
} from './report-range';

const today = new Date(2025, 2, 14, 15, 30); // 14 Mar 2025, mid-afternoon

describe('the range in the address', () => {
  it.each([
    ['', DEFAULT_RANGE],
    ['range=7d', { kind: 'preset', preset: '7d' }],
    ['range=90d', { kind: 'preset', preset: '90d' }],
    ['range=12d', DEFAULT_RANGE],
    ['from=2025-01-01&to=2025-01-31', { kind: 'custom', from: '2025-01-01', to: '2025-01-31' }],
    ['from=2025-02-01&to=2025-01-31', DEFAULT_RANGE],
    ['from=2025-02-30&to=2025-03-01', DEFAULT_RANGE],
    ['from=2025-01-01', DEFAULT_RANGE],
  ])('"%s" reads as %j', (search, expected) => {
    expect(parseRangeSearch(search)).toEqual(expected);
  });

  it('writes what it reads', () => {
    for (const choice of [
      { kind: 'preset', preset: '7d' },
      { kind: 'custom', from: '2024-12-01', to: '2025-01-15' },
    ] as const) {
      expect(parseRangeSearch(formatRangeSearch(choice))).toEqual(choice);
    }
  });
});

describe('resolveRange', () => {
  it('ends a preset at the midnight after today and starts it n-1 days before', () => {
    const r = resolveRange({ kind: 'preset', preset: '7d' }, today);
    expect(r.from).toBe(new Date(2025, 2, 8).getTime());
    expect(r.to).toBe(new Date(2025, 2, 15).getTime());
    expect(r.days).toBe(7);
    expect([r.firstDay, r.lastDay]).toEqual(['2025-03-08', '2025-03-14']);
  });

  it('includes both days of a custom range', () => {
    const r = resolveRange({ kind: 'custom', from: '2025-01-01', to: '2025-01-31' }, today);
    expect(r.from).toBe(new Date(2025, 0, 1).getTime());
    expect(r.to).toBe(new Date(2025, 1, 1).getTime());
    expect(r.days).toBe(31);
  });
});

describe('customRangeError', () => {
  it.each([
    ['2025-01-01', '2025-01-01', null],
    ['', '2025-01-01', 'Enter both dates.'],
    ['2025-01-02', '2025-01-01', 'The start date must be on or before the end date.'],
    ['2024-01-01', '2025-03-01', 'A report covers at most 400 days.'],
  ])('%s to %s: %s', (from, to, message) => {
    expect(customRangeError(from, to)).toBe(message);
  });

  it('knows real calendar dates', () => {
    expect(parseDay('2024-02-29')).not.toBeNull();
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('2025-1-1')).toBeNull();
  });
});

describe('parseDayLabel', () => {
  it.each([
    ['10 Mar 2025', '2025-03-10'],
    ['1 march 2025', '2025-03-01'],
    [' 31 Dec 2024 ', '2024-12-31'],
    ['2025-03-10', '2025-03-10'],
  ])('reads %s', (text, iso) => {
    const date = parseDayLabel(text);
    expect(date ? formatDay(date) : null).toBe(iso);
  });

  it.each(['31 Feb 2025', '10 Foo 2025', 'next Friday', ''])('refuses %s', (text) => {
    expect(parseDayLabel(text)).toBeNull();
  });
});
