import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelay } from './backoff';

describe('retryDelay', () => {
  it('doubles from one second up to ten minutes', () => {
    expect([1, 2, 3, 4, 10, 11, 12].map((n) => retryDelay(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 512_000, 600_000, 600_000,
    ]);
  });

  it('gives up after the last attempt, about a day after the first with the defaults', () => {
    expect(retryDelay(DEFAULT_RETRY.maxAttempts)).toBeNull();
    expect(retryDelay(DEFAULT_RETRY.maxAttempts - 1)).toBe(600_000);
    let total = 0;
    for (let n = 1; n < DEFAULT_RETRY.maxAttempts; n += 1) total += retryDelay(n) ?? 0;
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(26);
  });

  it('stays finite for absurd attempt numbers', () => {
    expect(retryDelay(5_000, { ...DEFAULT_RETRY, maxAttempts: 10_000 })).toBe(600_000);
  });
});
