import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import './tabs.css';

export interface TabOption<T extends string> {
  value: T;
  label: ReactNode;
  disabled?: boolean;
}

export interface TabsProps<T extends string> {
  /** Names the tablist, e.g. "Message type". */
  label: string;
  tabs: readonly TabOption<T>[];
  value: T;
  onValueChange: (value: T) => void;
  /** The selected tab's panel. Without it only the tablist renders. */
  children?: ReactNode;
  /** `segmented`: a compact pill group; `underline`: classic tabs. */
  appearance?: 'segmented' | 'underline';
  size?: 'sm' | 'md';
  /** Put the panel in the Tab order; use when its content has nothing focusable. */
  panelFocusable?: boolean;
  className?: string;
  panelClassName?: string;
}

/**
 * Tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop, Left/Right/Home/End move
 * and select. One panel, labelled by the selected tab, holds `children`.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  value,
  onValueChange,
  children,
  appearance = 'underline',
  size = 'md',
  panelFocusable = false,
  className,
  panelClassName,
}: TabsProps<T>) {
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (v: T) => `${base}-tab-${v}`;
  const panelId = `${base}-panel`;
  const hasPanel = children !== undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const enabled = tabs.filter((t) => !t.disabled);
    const current = enabled.findIndex((t) => t.value === value);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (current + 1) % enabled.length;
        break;
      case 'ArrowLeft':
        next = (current - 1 + enabled.length) % enabled.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = enabled.length - 1;
        break;
      default:
        return;
    }
    const target = enabled[next];
    if (!target) return;
    event.preventDefault();
    onValueChange(target.value);
    listRef.current?.ownerDocument.getElementById(tabId(target.value))?.focus();
  };

  return (
    <>
      <div
        ref={listRef}
        role="tablist"
        aria-label={label}
        aria-orientation="horizontal"
        className={cx('ui-tabs', `ui-tabs--${appearance}`, `ui-tabs--${size}`, className)}
      >
        {tabs.map((tab) => {
          const selected = tab.value === value;
          return (
            <button
              key={tab.value}
              id={tabId(tab.value)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={hasPanel && selected ? panelId : undefined}
              tabIndex={selected ? 0 : -1}
              disabled={tab.disabled}
              className="ui-tabs__tab"
              onClick={() => onValueChange(tab.value)}
              onKeyDown={onKeyDown}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {hasPanel ? (
        <div
          id={panelId}
          role="tabpanel"
          aria-labelledby={tabId(value)}
          tabIndex={panelFocusable ? 0 : undefined}
          className={cx('ui-tabs__panel', panelClassName)}
        >
          {children}
        </div>
      ) : null}
    </>
  );
}
