import { describe, expect, it } from 'vitest';
import { bucketSize, buckets } from './report-buckets';
import { resolveRange } from './report-range';

const today = new Date(2025, 2, 14);

describe('buckets', () => {
  it('gives a day each up to 31 days, covering the range without gaps', () => {
    const range = resolveRange({ kind: 'preset', preset: '30d' }, today);
    const list = buckets(range);
    expect(list).toHaveLength(30);
    expect(list[0]?.from).toBe(range.from);
    expect(list.at(-1)?.to).toBe(range.to);
    for (let i = 1; i < list.length; i += 1) expect(list[i]?.from).toBe(list[i - 1]?.to);
    expect(list[0]?.label).toBe('13 Feb');
  });

  it('gives weeks beyond a month, the last one cut at the range end', () => {
    const range = resolveRange({ kind: 'preset', preset: '90d' }, today);
    const list = buckets(range);
    expect(list).toHaveLength(13);
    expect(list.slice(0, -1).every((b) => b.days === 7)).toBe(true);
    expect(list.at(-1)?.days).toBe(6);
    expect(list.at(-1)?.to).toBe(range.to);
    expect(list[0]?.longLabel).toBe('15 Dec – 21 Dec');
  });

  it('never asks for more than 90 buckets', () => {
    expect(bucketSize(31)).toBe(1);
    expect(bucketSize(32)).toBe(7);
    expect(bucketSize(400)).toBe(7);
    expect(Math.ceil(1000 / bucketSize(1000))).toBeLessThanOrEqual(90);
  });
});
