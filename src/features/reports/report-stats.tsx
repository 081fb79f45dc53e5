import type { ReportSummary } from '../../api';
import { describeDuration, formatDuration } from './format-duration';
import { StatCard } from './stat-card';

function duration(ms: number | null): { value: string; spokenValue: string } {
  if (ms === null) return { value: '—', spokenValue: 'No data yet' };
  return { value: formatDuration(ms), spokenValue: describeDuration(ms) };
}

/** The range's totals and medians. */
export function ReportStats({ summary }: { summary: ReportSummary }) {
  return (
    <dl className="report-stats">
      <StatCard label="Created" value={summary.created} hint="New conversations in this range" />
      <StatCard
        label="Closed"
        value={summary.closed}
        hint="Created in this range and closed by now"
      />
      <StatCard
        label="Median first response"
        {...duration(summary.medianFirstResponseMs)}
        hint="From the first message to an agent's first reply"
      />
      <StatCard
        label="Median time to close"
        {...duration(summary.medianTimeToCloseMs)}
        hint="From the first message to closed"
      />
    </dl>
  );
}
