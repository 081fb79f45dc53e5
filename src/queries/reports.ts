// Report figures: one summary per range, and the created/closed series of the per-day chart.
import { queryOptions } from '@tanstack/react-query';
import type { ReportBucket } from '../api';
import { api } from './api';

export interface ReportRange {
  /** Inclusive, Unix ms. */
  from: number;
  /** Exclusive, Unix ms. */
  to: number;
}

export interface SeriesRange extends ReportRange {
  bucket: ReportBucket;
  /** The IANA zone whose midnights start the buckets. */
  tz: string;
}

export const reportKeys = {
  all: ['reports'] as const,
  summary: (range: ReportRange) => [...reportKeys.all, 'summary', range.from, range.to] as const,
  series: (range: SeriesRange) =>
    [...reportKeys.all, 'series', range.from, range.to, range.bucket, range.tz] as const,
};

// Figures of the past change only when a conversation does; a minute is fresh enough.
const STALE_MS = 60_000;

export const reportQueries = {
  summary: (range: ReportRange) =>
    queryOptions({
      queryKey: reportKeys.summary(range),
      queryFn: () => api.reportSummary({ from: range.from, to: range.to }),
      staleTime: STALE_MS,
    }),
  series: (range: SeriesRange) =>
    queryOptions({
      queryKey: reportKeys.series(range),
      queryFn: ({ signal }) => api.reportSeries(range, signal),
      staleTime: STALE_MS,
    }),
};
