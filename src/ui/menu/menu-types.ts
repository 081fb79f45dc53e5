import type { ReactNode } from 'react';

interface MenuEntryBase<T extends string> {
  id: T;
  /** Visible text and accessible name; also what type-ahead matches. */
  label: string;
  /** Decorative icon before the label. */
  icon?: ReactNode;
  /** Secondary text on the right, e.g. a shortcut or a time. */
  hint?: ReactNode;
  disabled?: boolean;
  tone?: 'default' | 'danger';
}

/** role="menuitem": runs something and closes the menu. */
export interface MenuActionItem<T extends string> extends MenuEntryBase<T> {
  kind?: 'action';
}

/** role="menuitemradio": one of a set (Status, Priority, Sort). Closes the menu. */
export interface MenuRadioItem<T extends string> extends MenuEntryBase<T> {
  kind: 'radio';
  checked: boolean;
}

/** role="menuitemcheckbox": toggles; the menu stays open so several can be toggled. */
export interface MenuCheckboxItem<T extends string> extends MenuEntryBase<T> {
  kind: 'checkbox';
  checked: boolean;
}

export interface MenuSeparator {
  kind: 'separator';
  id: string;
}

export type MenuItem<T extends string = string> =
  MenuActionItem<T> | MenuRadioItem<T> | MenuCheckboxItem<T> | MenuSeparator;

export type SelectableMenuItem<T extends string> = Exclude<MenuItem<T>, MenuSeparator>;

/** Which item takes focus when the menu opens. `auto`: the checked one, else the first. */
export type MenuInitialFocus = 'auto' | 'first' | 'last';
