import type { ReactNode } from 'react';
import { cx } from '../../../ui';

export interface PopupOptionProps {
  id: string;
  active: boolean;
  onPick: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * One option of a list the text box drives (the `@` mentions, the `#` saved replies): picked with
 * the keyboard from the text box (aria-activedescendant) or with a click; it never takes focus.
 */
export function PopupOption({ id, active, onPick, className, children }: PopupOptionProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      className={cx(
        'mention-listbox__option',
        className,
        active && 'mention-listbox__option--active',
      )}
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
