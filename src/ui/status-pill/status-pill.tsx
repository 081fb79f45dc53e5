import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import './status-pill.css';

export type StatusName =
  'open' | 'pending' | 'snoozed' | 'closed' | 'spam' | 'bulk_sent' | 'merged';

export const STATUS_LABELS: Record<StatusName, string> = {
  open: 'Open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  closed: 'Closed',
  spam: 'Spam',
  bulk_sent: 'Bulk sent',
  merged: 'Merged',
};

export interface StatusPillProps {
  status: StatusName;
  /** Replaces the text, e.g. "Snoozed until Mon". */
  children?: ReactNode;
  /** Only the coloured dot on screen; the name stays in the text for assistive technology. */
  compact?: boolean;
  /** No border or background, e.g. inside a button that already has them. */
  plain?: boolean;
  className?: string;
}

/** A conversation status: a coloured dot and its name. */
export function StatusPill({
  status,
  children,
  compact = false,
  plain = false,
  className,
}: StatusPillProps) {
  const classes = cx(
    'ui-status',
    `ui-status--${status.replace('_', '-')}`,
    plain && 'ui-status--plain',
    className,
  );
  if (compact) {
    return (
      <span className={cx(classes, 'ui-status--compact')} title={STATUS_LABELS[status]}>
        <span className="ui-status__dot" aria-hidden="true" />
        <span className="visually-hidden">{STATUS_LABELS[status]}</span>
      </span>
    );
  }
  return (
    <span className={classes}>
      <span className="ui-status__dot" aria-hidden="true" />
      {children ?? STATUS_LABELS[status]}
    </span>
  );
}
