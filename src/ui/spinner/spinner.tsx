import { cx } from '../lib/cx';
import './spinner.css';

export interface SpinnerProps {
  /** The name announced and found by role: "Loading" unless something more specific helps. */
  label?: string;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/**
 * The turning mark alone, hidden from assistive technology: for inside a control that already
 * says it is busy (aria-busy), where a status of its own would change the control's name.
 */
export function SpinnerGlyph({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={cx('ui-spinner__svg', className)}
    >
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" opacity="0.2" />
      <path
        d="M14 8a6 6 0 0 0-6-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A busy indicator: role status, named `label`. */
export function Spinner({ label = 'Loading', size = 'md', className }: SpinnerProps) {
  return (
    // <output> is role status: announced politely, found by role "status".
    <output aria-label={label} className={cx('ui-spinner', `ui-spinner--${size}`, className)}>
      <SpinnerGlyph />
      <span className="visually-hidden">{label}</span>
    </output>
  );
}
