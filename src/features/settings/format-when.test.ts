import { describe, expect, it } from 'vitest';
import { formatWhen } from './format-when';

const now = Date.UTC(2025, 2, 14, 12, 0, 0);

describe('formatWhen', () => {
  it.each([
    [now, 'just now'],
    [now + 2000, 'in a moment'],
    [now - 12_000, '12s ago'],
    [now + 30_000, 'in 30s'],
    [now - 5 * 60_000, '5m ago'],
    [now + 2 * 3_600_000, 'in 2h'],
  ])('%i is "%s"', (at, text) => {
    expect(formatWhen(at, now)).toBe(text);
  });

  it('gives a date beyond a day', () => {
    expect(formatWhen(now - 3 * 86_400_000, now)).toMatch(/11 Mar/);
  });
});
