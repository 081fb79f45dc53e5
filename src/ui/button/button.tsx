import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { SpinnerGlyph } from '../spinner/spinner';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the text; decorative. */
  leadingIcon?: ReactNode;
  /** An icon after the text; decorative. */
  trailingIcon?: ReactNode;
  /**
   * Busy: the button stays focusable and says so (aria-busy) but ignores clicks; a spinner takes
   * the place of the leading icon, and the text keeps its full contrast.
   */
  loading?: boolean;
}

/** A button; `type="button"` unless told otherwise so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  size = 'md',
  leadingIcon,
  trailingIcon,
  loading = false,
  className,
  type = 'button',
  children,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('ui-button', `ui-button--${variant}`, `ui-button--${size}`, className)}
      aria-busy={loading || undefined}
      onClick={loading ? (event) => event.preventDefault() : onClick}
      {...rest}
    >
      {loading ? (
        <span className="ui-button__icon ui-button__spinner">
          <SpinnerGlyph />
        </span>
      ) : leadingIcon ? (
        <span className="ui-button__icon">{leadingIcon}</span>
      ) : null}
      {children}
      {trailingIcon ? <span className="ui-button__icon">{trailingIcon}</span> : null}
    </button>
  );
}
