import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Button, type ButtonProps } from './button';

export interface IconButtonProps extends Omit<
  ButtonProps,
  'children' | 'leadingIcon' | 'trailingIcon' | 'aria-label'
> {
  /** The accessible name, and the native tooltip unless `title` is given. */
  label: string;
  icon: ReactNode;
}

/** A square button that shows only an icon; `label` is required because it is the only name. */
export function IconButton({
  label,
  icon,
  variant = 'ghost',
  className,
  title,
  ...rest
}: IconButtonProps) {
  return (
    <Button
      variant={variant}
      className={cx('ui-icon-button', className)}
      aria-label={label}
      title={title ?? label}
      {...rest}
    >
      <span className="ui-button__icon">{icon}</span>
    </Button>
  );
}
