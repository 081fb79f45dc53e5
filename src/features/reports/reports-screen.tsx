import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { explainFailure } from '../../queries';
import { reportQueries } from '../../queries/reports';
import { ErrorState, LoadingState, Spinner } from '../../ui';
import { ActivitySection } from './activity-section';
import { DeletedNote } from './deleted-note';
import { RangePicker } from './range-picker';
import { longDayLabel } from './report-buckets';
import { resolveRange } from './report-range';
import { ReportStats } from './report-stats';
import { StatusChart } from './status-chart';
import { useReportRange } from './use-report-range';

/** `/reports`: how the conversations created in a range are doing. */
export function ReportsScreen() {
  const [choice, setChoice] = useReportRange();
  // The day the screen opened on: presets end today, and the query keys stay put while it is open.
  const [today] = useState(() => new Date());
  const range = useMemo(() => resolveRange(choice, today), [choice, today]);
  const summary = useQuery({ ...reportQueries.summary(range), placeholderData: keepPreviousData });
  const shown = `${longDayLabel(new Date(range.from))} – ${longDayLabel(new Date(range.to - 1))}`;

  return (
    <div className="reports">
      <header className="reports__header">
        <div>
          <h1 className="reports__title">Reports</h1>
          <p className="reports__subtitle">
            Conversations created <span className="reports__range">{shown}</span>
            {summary.isPlaceholderData ? (
              <Spinner size="sm" label="Updating the figures" className="reports__updating" />
            ) : null}
          </p>
        </div>
        <RangePicker value={choice} range={range} onChange={setChoice} />
      </header>
      {summary.isPending ? (
        <div className="reports__state">
          <LoadingState label="Loading reports" offline={summary.isPaused} />
        </div>
      ) : summary.isError ? (
        <div className="reports__state">
          <ErrorState
            title="Reports could not load"
            message={explainFailure(summary.error)}
            onRetry={() => void summary.refetch()}
            retrying={summary.isFetching}
          />
        </div>
      ) : (
        <div className="reports__body" aria-busy={summary.isPlaceholderData || undefined}>
          <ReportStats summary={summary.data} />
          <DeletedNote count={summary.data.deletedWithMetrics} />
          <div className="reports__charts">
            <StatusChart byStatus={summary.data.byStatus} />
            <ActivitySection range={range} />
          </div>
        </div>
      )}
    </div>
  );
}
