// Report figures: one summary per range. The per-day chart asks for one summary per bucket until
// the API gives a series (see features/reports/report-buckets.ts).
import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

export interface ReportRange {
  /** Inclusive, Unix ms. */
  from: number;
  /** Exclusive, Unix ms. */
  to: number;
}

export const reportKeys = {
  all: ['reports'] as const,
  summary: (range: ReportRange) => [...reportKeys.all, 'summary', range.from, range.to] as const,
};

export const reportQueries = {
  summary: (range: ReportRange) =>
    queryOptions({
      queryKey: reportKeys.summary(range),
      queryFn: () => api.reportSummary({ from: range.from, to: range.to }),
      // Figures of the past change only when a conversation does; a minute is fresh enough.
      staleTime: 60_000,
    }),
};
