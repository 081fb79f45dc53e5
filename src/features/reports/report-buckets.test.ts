import { describe, expect, it } from 'vitest';
import { bucketOf, bucketSize } from './report-buckets';

describe('bucketOf', () => {
  it('labels a day by its date', () => {
    const day = bucketOf(new Date(2025, 1, 13).getTime(), new Date(2025, 1, 14).getTime(), 'day');
    expect(day).toMatchObject({ days: 1, label: '13 Feb', longLabel: '13 Feb' });
  });

  it('labels a week by its first and last day, a cut week by the days it has', () => {
    const week = bucketOf(
      new Date(2024, 11, 15).getTime(),
      new Date(2024, 11, 22).getTime(),
      'week',
    );
    expect(week).toMatchObject({ days: 7, label: '15 Dec', longLabel: '15 Dec – 21 Dec' });
    const cut = bucketOf(new Date(2025, 2, 9).getTime(), new Date(2025, 2, 15).getTime(), 'week');
    expect(cut).toMatchObject({ days: 6, longLabel: '9 Mar – 14 Mar' });
  });
});

describe('bucketSize', () => {
  it('gives a day each up to 31 days, weeks beyond, never more than 90 buckets', () => {
    expect(bucketSize(31)).toBe(1);
    expect(bucketSize(32)).toBe(7);
    expect(bucketSize(400)).toBe(7);
    expect(Math.ceil(1000 / bucketSize(1000))).toBeLessThanOrEqual(90);
  });
});
