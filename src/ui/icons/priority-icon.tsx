import { cx } from '../lib/cx';
import './icons.css';

export type PriorityName = 'none' | 'low' | 'medium' | 'high' | 'urgent';

/** What menus and tooltips call each priority. */
export const PRIORITY_LABELS: Record<PriorityName, string> = {
  none: 'No priority',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export function priorityName(priority: PriorityName): string {
  return priority === 'none' ? PRIORITY_LABELS.none : `${PRIORITY_LABELS[priority]} priority`;
}

const BARS: Record<Exclude<PriorityName, 'urgent'>, number> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
};

export interface PriorityIconProps {
  priority: PriorityName;
  size?: number;
  /** Hide from assistive technology when the priority is written beside it. */
  decorative?: boolean;
  className?: string;
}

/** Signal bars (none/low/medium/high) or a filled alert (urgent), named e.g. "High priority". */
export function PriorityIcon({
  priority,
  size = 16,
  decorative = false,
  className,
}: PriorityIconProps) {
  const a11y = decorative
    ? ({ 'aria-hidden': true } as const)
    : ({ role: 'img', 'aria-label': priorityName(priority) } as const);

  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      focusable="false"
      className={cx('ui-priority', `ui-priority--${priority}`, className)}
      {...a11y}
    >
      {priority === 'urgent' ? (
        <>
          <rect x="1.5" y="1.5" width="13" height="13" rx="3" fill="currentColor" />
          <path
            d="M8 4.5v4.5M8 11.5v0.01"
            style={{ stroke: 'var(--bg)' }}
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </>
      ) : priority === 'none' ? (
        <path
          d="M3 8h1.5M7.25 8h1.5M11.5 8H13"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      ) : (
        [0, 1, 2].map((i) => (
          <rect
            key={i}
            x={2.5 + i * 4}
            y={10 - i * 3}
            width="3"
            height={4 + i * 3}
            rx="1"
            fill="currentColor"
            opacity={i < BARS[priority] ? 1 : 0.25}
          />
        ))
      )}
    </svg>
  );
}
