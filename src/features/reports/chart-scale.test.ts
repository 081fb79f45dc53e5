import { describe, expect, it } from 'vitest';
import { labelStride, niceScale } from './chart-scale';

describe('niceScale', () => {
  it.each([
    [0, 4, [0, 1, 2, 3, 4]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [38, 40, [0, 10, 20, 30, 40]],
    [120, 150, [0, 50, 100, 150]],
  ])('max %i: axis to %i', (largest, max, ticks) => {
    expect(niceScale(largest)).toEqual({ max, ticks });
  });
});

describe('labelStride', () => {
  it('labels every bucket when there is room, fewer when not', () => {
    expect(labelStride(7, 600, 52)).toBe(1);
    // 300px holds 5 labels of 52px: every 7th of 31 (5 labels).
    expect(labelStride(31, 300, 52)).toBe(7);
  });
});
