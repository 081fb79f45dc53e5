import { describe, expect, it } from 'vitest';
import { describeDuration, formatDuration } from './format-duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatDuration', () => {
  it.each([
    [0, '0s', '0 seconds'],
    [45 * S, '45s', '45 seconds'],
    [59.4 * S, '59s', '59 seconds'],
    [M, '1m', '1 minute'],
    [14 * M + 20 * S, '14m', '14 minutes'],
    [2 * H + 14 * M, '2h 14m', '2 hours 14 minutes'],
    [3 * H, '3h', '3 hours'],
    [23 * H + 59 * M + 50 * S, '1d', '1 day'],
    [3 * D + 4 * H + 10 * M, '3d 4h', '3 days 4 hours'],
    [2 * D, '2d', '2 days'],
    [-5 * S, '0s', '0 seconds'],
  ])('%i ms is "%s" ("%s")', (ms, short, long) => {
    expect(formatDuration(ms)).toBe(short);
    expect(describeDuration(ms)).toBe(long);
  });
});
