import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { wrapIndex } from '../menu/menu-keys';
import './listbox.css';

export interface ListboxOptionProps {
  id: string;
  active: boolean;
  onPick: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * One option of a list a text box drives (the command palette, the composer's `@` mentions and
 * `#` saved replies): the text box keeps focus and points at the active option with
 * `aria-activedescendant`; a click picks it. The option never takes focus itself.
 */
export function ListboxOption({ id, active, onPick, className, children }: ListboxOptionProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      className={cx('listbox-option', className)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onPick();
      }}
    >
      {children}
    </div>
  );
}

/**
 * The option an arrow key in the text box makes active, wrapping at either end; null for any
 * other key, or with no option to move to.
 */
export function arrowStep(key: string, active: number, count: number): number | null {
  const delta = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
  if (delta === 0 || count === 0) return null;
  return wrapIndex(active, delta, count);
}
