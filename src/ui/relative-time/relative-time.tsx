import { cx } from '../lib/cx';
import {
  describeRelativeTime,
  formatFullDateTime,
  formatRelativeTime,
  type RelativeTimeOptions,
} from './format-relative-time';

export interface RelativeTimeProps extends RelativeTimeOptions {
  /** Unix milliseconds. */
  timestamp: number;
  /** The current time, from the caller's clock, so every row agrees and tests are stable. */
  now: number;
  className?: string;
}

/** "2m", "3h", "Mon", "12 Mar" on screen; the long form for screen readers and on hover. */
export function RelativeTime({ timestamp, now, timeZone, locale, className }: RelativeTimeProps) {
  const options = { timeZone, locale };
  return (
    <time
      dateTime={new Date(timestamp).toISOString()}
      title={formatFullDateTime(timestamp, options)}
      className={cx('ui-relative-time', className)}
    >
      <span aria-hidden="true">{formatRelativeTime(timestamp, now, options)}</span>
      <span className="visually-hidden">{describeRelativeTime(timestamp, now, options)}</span>
    </time>
  );
}
