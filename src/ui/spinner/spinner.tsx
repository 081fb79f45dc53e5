import { cx } from '../lib/cx';
import './spinner.css';

export interface SpinnerProps {
  /** The name announced and found by role: "Loading" unless something more specific helps. */
  label?: string;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/** A busy indicator: role status, named `label`. */
export function Spinner({ label = 'Loading', size = 'md', className }: SpinnerProps) {
  return (
    // <output> is role status: announced politely, found by role "status".
    <output aria-label={label} className={cx('ui-spinner', `ui-spinner--${size}`, className)}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="ui-spinner__svg">
        <circle
          cx="8"
          cy="8"
          r="6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          opacity="0.2"
        />
        <path
          d="M14 8a6 6 0 0 0-6-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span className="visually-hidden">{label}</span>
    </output>
  );
}
