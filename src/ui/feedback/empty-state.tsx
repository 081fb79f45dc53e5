import type { ReactNode } from 'react';
import { InboxIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import './feedback.css';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Defaults to an inbox; pass null for none. */
  icon?: ReactNode;
  /** A button or link, e.g. "Clear filters". */
  action?: ReactNode;
  className?: string;
}

/** "Nothing here" with a reason and, optionally, a way forward. */
export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  const shownIcon = icon === undefined ? <InboxIcon size={20} /> : icon;
  return (
    <div className={cx('ui-feedback', className)}>
      {shownIcon ? (
        <span className="ui-feedback__icon" aria-hidden="true">
          {shownIcon}
        </span>
      ) : null}
      <p className="ui-feedback__title">{title}</p>
      {description ? <p className="ui-feedback__description">{description}</p> : null}
      {action ? <div className="ui-feedback__action">{action}</div> : null}
    </div>
  );
}
