import { cx } from '../lib/cx';
import './badge.css';

export interface CountProps {
  value: number;
  /** Above this, show "<max>+". */
  max?: number;
  /** Emphasised (e.g. the current view or unread). */
  active?: boolean;
  className?: string;
}

export function formatCount(value: number, max = 999): string {
  return value > max ? `${max}+` : String(Math.max(0, Math.trunc(value)));
}

/**
 * A number beside a label, e.g. a view's count. Plain text, so a link "Open" followed by a
 * Count is named "Open 12".
 */
export function Count({ value, max = 999, active = false, className }: CountProps) {
  return (
    <span className={cx('ui-count', active && 'ui-count--active', className)}>
      {formatCount(value, max)}
    </span>
  );
}
