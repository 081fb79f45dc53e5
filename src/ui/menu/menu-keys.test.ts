import { describe, expect, it } from 'vitest';
import { matchByFirstChar, wrapIndex } from './menu-keys';

describe('wrapIndex', () => {
  it.each([
    [0, 1, 3, 1],
    [2, 1, 3, 0],
    [0, -1, 3, 2],
    [-1, 1, 3, 0],
    [-1, -1, 3, 2],
    [0, 1, 0, -1],
  ])('from %i by %i in %i items -> %i', (current, delta, count, expected) => {
    expect(wrapIndex(current, delta, count)).toBe(expected);
  });
});

describe('matchByFirstChar', () => {
  const labels = ['Open', 'Pending', 'Priority', 'Closed'];
  it('finds the next match after the current item, wrapping, case-insensitively', () => {
    expect(matchByFirstChar(labels, 0, 'p')).toBe(1);
    expect(matchByFirstChar(labels, 1, 'P')).toBe(2);
    expect(matchByFirstChar(labels, 2, 'p')).toBe(1);
    expect(matchByFirstChar(labels, 3, 'o')).toBe(0);
    expect(matchByFirstChar(labels, 0, 'z')).toBe(-1);
  });
});
