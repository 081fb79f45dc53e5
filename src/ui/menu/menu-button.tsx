import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from '../button/button';
import { ChevronDownIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import { Menu, type MenuCloseReason } from './menu';
import type { MenuInitialFocus, MenuItem, SelectableMenuItem } from './menu-types';

export interface MenuButtonProps<T extends string> {
  /** The button's exact accessible name ("Status"); the menu is named by the button too. */
  label: string;
  /** What the button shows; defaults to `label`. E.g. the current value: "Open". */
  children?: ReactNode;
  /**
   * Show `label` as a caption before `children`: "Status (Pending)". A person who sees "Pending"
   * but must say or type the name "Status" (voice control, WCAG 2.5.3) can then find it. Shown
   * unless `children` is text whose words are already in `label`; pass false when `children`
   * shows no words (an icon) or reads as the label in other words.
   */
  showLabel?: boolean;
  items: readonly MenuItem<T>[];
  onSelect?: (id: T, item: SelectableMenuItem<T>) => void;
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
  /** Show the ▾ after the content. */
  chevron?: boolean;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  disabled?: boolean;
  className?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Called when the menu opens or closes, e.g. to pause keyboard shortcuts. */
  onOpenChange?: (open: boolean) => void;
}

const words = (text: string) => ` ${text.toLowerCase().split(/\s+/).filter(Boolean).join(' ')} `;

/** Whether `shown` is text whose words appear, in order, in `label` ("Tag" in "Filter by tag"). */
function wordsWithin(shown: ReactNode, label: string): boolean {
  if (typeof shown !== 'string' && typeof shown !== 'number') return false;
  return words(label).includes(words(String(shown)));
}

/**
 * A button that opens a menu (WAI-ARIA menu button). Enter, Space, click or ArrowDown open it on
 * the checked item (or the first), ArrowUp on the last; Escape or a choice close it and return
 * focus to the button; a click outside or Tab away closes it where focus went.
 */
export function MenuButton<T extends string>({
  label,
  children,
  showLabel,
  items,
  onSelect,
  variant = 'secondary',
  size = 'md',
  icon,
  chevron = true,
  align = 'start',
  disabled,
  className,
  buttonRef,
  onOpenChange,
}: MenuButtonProps<T>) {
  const [open, setOpenState] = useState<false | MenuInitialFocus>(false);
  const anchorRef = useRef<HTMLSpanElement>(null);
  const buttonId = useId();
  const menuId = useId();

  const setOpen = useCallback(
    (next: false | MenuInitialFocus) => {
      setOpenState(next);
      onOpenChange?.(next !== false);
    },
    [onOpenChange],
  );

  const focusButton = () => anchorRef.current?.querySelector<HTMLButtonElement>('button')?.focus();

  const onClose = (reason: MenuCloseReason) => {
    if (reason !== 'tab') focusButton();
    setOpen(false);
  };

  useEffect(() => {
    if (open === false) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchorRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, setOpen]);

  return (
    <span
      ref={anchorRef}
      className={cx('ui-menu-anchor', className)}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open !== false && next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <Button
        ref={buttonRef}
        id={buttonId}
        variant={variant}
        size={size}
        disabled={disabled}
        aria-label={children === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open !== false ? menuId : undefined}
        leadingIcon={icon}
        trailingIcon={chevron ? <ChevronDownIcon size={14} /> : undefined}
        onClick={() => setOpen(open === false ? 'auto' : false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowDown' ? 'auto' : 'last');
          }
        }}
      >
        {children === undefined ? (
          label
        ) : (showLabel ?? !wordsWithin(children, label)) ? (
          // The value in parentheses: supplementary to the label, as the label-in-name algorithm
          // (W3C ACT rule 2ee8b8) reads it, so the visible label is "Status" and matches the name.
          <span className="ui-menu-button__text">
            <span className="ui-menu-button__caption">{label}</span>
            <span className="ui-menu-button__paren">(</span>
            {children}
            <span className="ui-menu-button__paren">)</span>
          </span>
        ) : (
          children
        )}
      </Button>
      {open !== false ? (
        <Menu
          id={menuId}
          labelledBy={buttonId}
          items={items}
          initialFocus={open}
          align={align}
          onClose={onClose}
          onSelect={(id, item) => onSelect?.(id, item)}
        />
      ) : null}
    </span>
  );
}
