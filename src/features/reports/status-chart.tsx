import { STATUSES, type ConversationStatus } from '../../domain';
import { STATUS_LABELS } from '../../ui';
import { ChartFigure } from './chart-figure';
import { niceScale } from './chart-scale';
import { useWidth } from './use-width';

export interface StatusChartProps {
  byStatus: Record<ConversationStatus, number>;
}

const ROW = 30;
const BAR = 14;
const LABEL_WIDTH = 80;
const VALUE_ROOM = 40;

/** Conversations by their status now: one horizontal bar per status. */
export function StatusChart({ byStatus }: StatusChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(480);
  const scale = niceScale(Math.max(...STATUSES.map((s) => byStatus[s])));
  const plot = Math.max(40, width - LABEL_WIDTH - VALUE_ROOM);
  const height = STATUSES.length * ROW;
  const summary = STATUSES.map((s) => `${STATUS_LABELS[s]} ${byStatus[s]}`).join(', ');
  return (
    <ChartFigure
      title="Conversations by status"
      note="Where the conversations created in this range stand now."
      table={{
        caption: 'Conversations by status',
        columns: ['Status', 'Conversations'],
        rows: STATUSES.map((s) => [STATUS_LABELS[s], byStatus[s]]),
      }}
    >
      <div ref={ref} className="chart__canvas">
        <svg
          role="img"
          aria-label={`Conversations by status: ${summary}.`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="chart__svg"
        >
          {scale.ticks.map((tick) => {
            const x = LABEL_WIDTH + (tick / scale.max) * plot;
            return <line key={tick} className="chart__grid" x1={x} x2={x} y1={0} y2={height} />;
          })}
          {STATUSES.map((status, i) => {
            const value = byStatus[status];
            const y = i * ROW + (ROW - BAR) / 2;
            const barWidth = (value / scale.max) * plot;
            return (
              <g key={status}>
                <title>{`${STATUS_LABELS[status]}: ${value}`}</title>
                <text className="chart__label" x={0} y={y + BAR / 2} dominantBaseline="central">
                  {STATUS_LABELS[status]}
                </text>
                <rect
                  className={`chart__bar chart__bar--${status.replace('_', '-')}`}
                  x={LABEL_WIDTH}
                  y={y}
                  width={Math.max(value > 0 ? 2 : 0, barWidth)}
                  height={BAR}
                  rx={3}
                />
                <text
                  className="chart__value"
                  x={LABEL_WIDTH + barWidth + 6}
                  y={y + BAR / 2}
                  dominantBaseline="central"
                >
                  {value}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFigure>
  );
}
