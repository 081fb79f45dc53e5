import type { ComponentPropsWithRef } from 'react';
import { cx } from '../lib/cx';
import './badge.css';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends ComponentPropsWithRef<'span'> {
  tone?: BadgeTone;
}

/** A small label: "Bot", "Ticket #12", "Draft". Its text is its meaning; colour only helps. */
export function Badge({ tone = 'neutral', className, ...rest }: BadgeProps) {
  return <span className={cx('ui-badge', `ui-badge--${tone}`, className)} {...rest} />;
}
