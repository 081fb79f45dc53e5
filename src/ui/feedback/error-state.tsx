import type { ReactNode } from 'react';
import { Button } from '../button/button';
import { AlertIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import './feedback.css';

export interface ErrorStateProps {
  title?: string;
  /** What failed and, if known, why. */
  message?: ReactNode;
  /** Shows a "Retry" button. */
  onRetry?: () => void;
  retryLabel?: string;
  /** The retry is running: the button says so and ignores clicks. */
  retrying?: boolean;
  className?: string;
}

/** A failure in place of content, announced as an alert, with an optional "Retry". */
export function ErrorState({
  title = 'Something went wrong',
  message,
  onRetry,
  retryLabel = 'Retry',
  retrying = false,
  className,
}: ErrorStateProps) {
  return (
    <div role="alert" className={cx('ui-feedback', 'ui-feedback--error', className)}>
      <span className="ui-feedback__icon" aria-hidden="true">
        <AlertIcon size={20} />
      </span>
      <p className="ui-feedback__title">{title}</p>
      {message ? <p className="ui-feedback__description">{message}</p> : null}
      {onRetry ? (
        <div className="ui-feedback__action">
          <Button size="sm" onClick={onRetry} loading={retrying}>
            {retryLabel}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
