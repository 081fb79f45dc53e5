import type { Bucket } from './report-buckets';
import { ChartFigure } from './chart-figure';
import { labelStride, niceScale } from './chart-scale';
import { useWidth } from './use-width';

export interface ActivityPoint {
  bucket: Bucket;
  created: number;
  closed: number;
}

export interface ActivityChartProps {
  points: readonly ActivityPoint[];
  /** Each bar is a day, or (for long ranges) a week. */
  unit: 'day' | 'week';
}

const HEIGHT = 220;
const TOP = 12;
const BOTTOM = 26;
const LEFT = 36;
const RIGHT = 20;

function summarise(points: readonly ActivityPoint[], unit: 'day' | 'week'): string {
  const created = points.reduce((sum, p) => sum + p.created, 0);
  const closed = points.reduce((sum, p) => sum + p.closed, 0);
  const first = points[0]?.bucket.longLabel ?? '';
  const last = points.at(-1)?.bucket.longLabel ?? '';
  const busiest = points.reduce<ActivityPoint | null>(
    (best, p) => (best === null || p.created > best.created ? p : best),
    null,
  );
  const peak =
    busiest && busiest.created > 0
      ? ` Busiest ${unit}: ${busiest.bucket.longLabel}, ${busiest.created} created.`
      : '';
  return `Created and closed per ${unit}, ${first} to ${last}: ${created} created and ${closed} closed in all.${peak}`;
}

/** Conversations created per day (or week), next to how many closed that day (or week). */
export function ActivityChart({ points, unit }: ActivityChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const scale = niceScale(Math.max(0, ...points.map((p) => Math.max(p.created, p.closed))));
  const plotWidth = Math.max(40, width - LEFT - RIGHT);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, points.length);
  const bar = Math.max(1, Math.min(14, (slot * 0.72) / 2));
  const stride = labelStride(points.length, plotWidth, 52);
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;
  const caption = `Created and closed per ${unit}`;
  return (
    <ChartFigure
      title={caption}
      className="chart--wide"
      header={
        <ul role="list" className="chart__legend">
          <li>
            <span className="chart__swatch chart__swatch--created" aria-hidden="true" /> Created
          </li>
          <li>
            <span className="chart__swatch chart__swatch--closed" aria-hidden="true" /> Closed
          </li>
        </ul>
      }
      note={`"Closed" counts the conversations closed that ${unit}, whenever they were created.`}
      table={{
        caption,
        columns: [unit === 'day' ? 'Day' : 'Week', 'Created', 'Closed'],
        rows: points.map((p) => [p.bucket.longLabel, p.created, p.closed]),
      }}
    >
      <div ref={ref} className="chart__canvas">
        <svg
          role="img"
          aria-label={summarise(points, unit)}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="chart__svg"
        >
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line
                className="chart__grid"
                x1={LEFT}
                x2={LEFT + plotWidth}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text
                className="chart__tick"
                x={LEFT - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="central"
              >
                {tick}
              </text>
            </g>
          ))}
          {points.map((p, i) => {
            const center = LEFT + slot * (i + 0.5);
            return (
              <g key={p.bucket.from}>
                <title>{`${p.bucket.longLabel}: ${p.created} created, ${p.closed} closed`}</title>
                <rect
                  className="chart__hit"
                  x={center - slot / 2}
                  y={TOP}
                  width={slot}
                  height={plotHeight}
                />
                <rect
                  className="chart__bar chart__bar--series-created"
                  x={center - bar - 0.5}
                  y={y(p.created)}
                  width={bar}
                  height={TOP + plotHeight - y(p.created)}
                  rx={Math.min(2, bar / 3)}
                />
                <rect
                  className="chart__bar chart__bar--series-closed"
                  x={center + 0.5}
                  y={y(p.closed)}
                  width={bar}
                  height={TOP + plotHeight - y(p.closed)}
                  rx={Math.min(2, bar / 3)}
                />
                {i % stride === 0 ? (
                  <text className="chart__tick" x={center} y={HEIGHT - 8} textAnchor="middle">
                    {p.bucket.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line
            className="chart__axis"
            x1={LEFT}
            x2={LEFT + plotWidth}
            y1={TOP + plotHeight}
            y2={TOP + plotHeight}
          />
        </svg>
      </div>
    </ChartFigure>
  );
}
