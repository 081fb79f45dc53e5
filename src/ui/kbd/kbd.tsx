import type { ComponentPropsWithRef } from 'react';
import { cx } from '../lib/cx';
import './kbd.css';

/** A key, as in "Press <Kbd>?</Kbd> for shortcuts". Nest for a combination. */
export function Kbd({ className, ...rest }: ComponentPropsWithRef<'kbd'>) {
  return <kbd className={cx('ui-kbd', className)} {...rest} />;
}
