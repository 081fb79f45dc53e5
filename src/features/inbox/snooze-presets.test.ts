import { describe, expect, it } from 'vitest';
import { snoozeUntil } from './snooze-presets';

// Local times, as the agent means them.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

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
    expect(snoozeUntil('next-week', at(2025, 3, 9, 22))).toBe(at(2025, 3, 10, 9));
  });
});
