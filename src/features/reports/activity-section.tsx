import { explainFailure } from '../../queries';
import { ErrorState, Spinner } from '../../ui';
import { ActivityChart } from './activity-chart';
import type { ResolvedRange } from './report-range';
import { useActivitySeries } from './use-activity-series';

/** The per-day (or per-week) chart, or why it is not there yet. */
export function ActivitySection({ range }: { range: ResolvedRange }) {
  const series = useActivitySeries(range);
  if (series.points) return <ActivityChart points={series.points} unit={series.unit} />;
  return (
    <section
      className="report-card chart chart--wide chart--placeholder"
      aria-label={`Created and closed per ${series.unit}`}
    >
      {series.error ? (
        <ErrorState
          title="The chart could not load"
          message={explainFailure(series.error)}
          onRetry={series.retry}
          retrying={series.retrying}
        />
      ) : (
        <Spinner label="Loading the chart" />
      )}
    </section>
  );
}
