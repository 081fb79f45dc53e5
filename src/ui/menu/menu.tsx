import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CheckIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import { matchByFirstChar, wrapIndex } from './menu-keys';
import type { MenuInitialFocus, MenuItem, SelectableMenuItem } from './menu-types';
import './menu.css';

export type MenuCloseReason = 'escape' | 'select' | 'tab';

export interface MenuProps<T extends string> {
  items: readonly MenuItem<T>[];
  /** An item was chosen (click, Enter or Space). */
  onSelect: (id: T, item: SelectableMenuItem<T>) => void;
  /** The menu asks to close; the owner decides where focus goes. */
  onClose: (reason: MenuCloseReason) => void;
  /** The id of the element that names the menu (usually its button). */
  labelledBy?: string;
  /** A name when there is no labelling element. */
  label?: string;
  id?: string;
  initialFocus?: MenuInitialFocus;
  align?: 'start' | 'end';
  className?: string;
}

const ITEM_SELECTOR = '[role^="menuitem"]:not([aria-disabled="true"])';

function enabledItems(list: HTMLElement | null): HTMLElement[] {
  return Array.from(list?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
}

function roleOf<T extends string>(item: SelectableMenuItem<T>) {
  if (item.kind === 'radio') return 'menuitemradio';
  if (item.kind === 'checkbox') return 'menuitemcheckbox';
  return 'menuitem';
}

/**
 * The popup list of a menu (WAI-ARIA menu pattern): arrow keys, Home/End and type-ahead move
 * focus between enabled items; Enter/Space/click choose; Escape and Tab ask to close.
 */
export function Menu<T extends string>({
  items,
  onSelect,
  onClose,
  labelledBy,
  label,
  id,
  initialFocus = 'auto',
  align = 'start',
  className,
}: MenuProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [flipUp, setFlipUp] = useState(false);

  // Read once: focus is placed when the menu opens, not whenever the prop changes.
  const initialFocusOnOpen = useRef(initialFocus);

  useEffect(() => {
    const all = enabledItems(listRef.current);
    const checked = all.findIndex((el) => el.getAttribute('aria-checked') === 'true');
    let index = 0;
    if (initialFocusOnOpen.current === 'last') index = all.length - 1;
    else if (initialFocusOnOpen.current === 'auto' && checked >= 0) index = checked;
    (all[index] ?? listRef.current)?.focus();
  }, []);

  // Open upwards when there is no room below and there is room above.
  useLayoutEffect(() => {
    const list = listRef.current;
    const anchor = list?.parentElement;
    if (!list || !anchor) return;
    const menuHeight = list.getBoundingClientRect().height;
    const anchorRect = anchor.getBoundingClientRect();
    setFlipUp(anchorRect.bottom + menuHeight > window.innerHeight && anchorRect.top > menuHeight);
  }, []);

  const choose = (item: SelectableMenuItem<T>) => {
    if (item.disabled) return;
    if (item.kind !== 'checkbox') onClose('select');
    onSelect(item.id, item);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = enabledItems(listRef.current);
    const current = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => all[index]?.focus();

    switch (event.key) {
      case 'ArrowDown':
        focusAt(wrapIndex(current, 1, all.length));
        break;
      case 'ArrowUp':
        focusAt(wrapIndex(current, -1, all.length));
        break;
      case 'Home':
      case 'PageUp':
        focusAt(0);
        break;
      case 'End':
      case 'PageDown':
        focusAt(all.length - 1);
        break;
      case 'Escape':
        onClose('escape');
        break;
      case 'Tab':
        // Let the browser move focus on; the owner closes without stealing it back.
        onClose('tab');
        return;
      case 'Enter':
      case ' ': {
        const target = all[current];
        const item = items.find((it) => it.kind !== 'separator' && it.id === target?.dataset.id);
        if (item && item.kind !== 'separator') choose(item);
        break;
      }
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const labels = all.map((el) => el.querySelector('.ui-menu__label')?.textContent ?? '');
          focusAt(matchByFirstChar(labels, current, event.key));
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={listRef}
      id={id}
      role="menu"
      tabIndex={-1}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      className={cx('ui-menu', `ui-menu--${align}`, flipUp && 'ui-menu--up', className)}
      onKeyDown={onKeyDown}
      // Keep focus on the item under the pointer; clicks still arrive.
      onMouseDown={(event) => event.preventDefault()}
    >
      {items.map((item) => {
        if (item.kind === 'separator') {
          return <hr key={item.id} className="ui-menu__separator" />;
        }
        const checkable = item.kind === 'radio' || item.kind === 'checkbox';
        return (
          // A native button (re-roled) so click and focus behave; Enter/Space are handled above.
          <button
            key={item.id}
            type="button"
            role={roleOf(item)}
            tabIndex={-1}
            data-id={item.id}
            aria-checked={checkable ? item.checked : undefined}
            aria-disabled={item.disabled || undefined}
            className={cx('ui-menu__item', item.tone === 'danger' && 'ui-menu__item--danger')}
            onClick={() => choose(item)}
            onPointerMove={(event) => {
              if (!item.disabled && document.activeElement !== event.currentTarget) {
                event.currentTarget.focus();
              }
            }}
          >
            {checkable ? (
              <span className="ui-menu__check" aria-hidden="true">
                {item.checked ? <CheckIcon size={14} /> : null}
              </span>
            ) : null}
            {item.icon ? (
              <span className="ui-menu__icon" aria-hidden="true">
                {item.icon}
              </span>
            ) : null}
            <span className="ui-menu__label">{item.label}</span>
            {item.hint ? (
              <span className="ui-menu__hint" aria-hidden="true">
                {item.hint}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
