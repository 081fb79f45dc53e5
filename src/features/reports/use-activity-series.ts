import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { reportQueries } from '../../queries/reports';
import type { ActivityPoint } from './activity-chart';
import { bucketSize, buckets } from './report-buckets';
import type { ResolvedRange } from './report-range';

export interface ActivitySeries {
  unit: 'day' | 'week';
  /** Every bucket's figures, once all have arrived. */
  points: ActivityPoint[] | null;
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

/**
 * Created and closed per bucket. The API has no series yet, so this asks for one summary per
 * bucket (31 at most for days, weeks beyond); each is cached on its own, so moving between ranges
 * that share days asks only for the new ones.
 */
export function useActivitySeries(range: ResolvedRange): ActivitySeries {
  const list = useMemo(() => buckets(range), [range]);
  const results = useQueries({
    queries: list.map((bucket) => reportQueries.summary({ from: bucket.from, to: bucket.to })),
  });
  const failed = results.find((r) => r.isError);
  const done = results.every((r) => r.isSuccess);
  return {
    unit: bucketSize(range.days) === 1 ? 'day' : 'week',
    points: done
      ? list.map((bucket, i) => ({
          bucket,
          created: results[i]?.data?.created ?? 0,
          closed: results[i]?.data?.closed ?? 0,
        }))
      : null,
    error: failed?.error ?? null,
    retry: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
    retrying: results.some((r) => r.isError && r.isFetching),
  };
}
