import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '../../queries/reports';
import type { ActivityPoint } from './activity-chart';
import { bucketOf, bucketSize } from './report-buckets';
import type { ResolvedRange } from './report-range';

export interface ActivitySeries {
  unit: 'day' | 'week';
  /** Every bucket's figures, once they have arrived. */
  points: ActivityPoint[] | null;
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

/** The agent's time zone: the API cuts the buckets at its midnights, as the range picker does. */
export function agentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Created and closed per day (or week, beyond a month), in one request: a conversation counts on
 * the day it was created and, if it closed, on the day it last closed.
 */
export function useActivitySeries(range: ResolvedRange): ActivitySeries {
  const unit = bucketSize(range.days) === 1 ? 'day' : 'week';
  const series = useQuery(
    reportQueries.series({ from: range.from, to: range.to, bucket: unit, tz: agentTimeZone() }),
  );
  return {
    unit,
    points: series.data
      ? series.data.map((p) => ({
          bucket: bucketOf(p.from, p.to, unit),
          created: p.created,
          closed: p.closed,
        }))
      : null,
    error: series.isError ? series.error : null,
    retry: () => void series.refetch(),
    retrying: series.isError && series.isFetching,
  };
}
