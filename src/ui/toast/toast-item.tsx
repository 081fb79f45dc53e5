import { useEffect, useRef, useState } from 'react';
import { Button } from '../button/button';
import { IconButton } from '../button/icon-button';
import { AlertIcon, CloseIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import type { ToastEntry } from './toast-store';

export interface ToastItemProps {
  toast: ToastEntry;
  onDismiss: (id: number) => void;
}

/** One toast. Its timer runs only while it is neither hovered nor holding focus. */
export function ToastItem({ toast, onDismiss }: ToastItemProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  const remaining = useRef(toast.durationMs);
  const { id, durationMs } = toast;

  useEffect(() => {
    if (paused || !Number.isFinite(durationMs)) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => onDismiss(id), Math.max(0, remaining.current));
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [paused, durationMs, id, onDismiss]);

  return (
    <li className="ui-toast-slot">
      <div
        className={cx('ui-toast', `ui-toast--${toast.tone}`)}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
        }}
      >
        {toast.tone === 'error' ? (
          <span className="ui-toast__icon">
            <AlertIcon size={14} />
          </span>
        ) : null}
        <span className="ui-toast__message">{toast.message}</span>
        {toast.action ? (
          <Button
            size="sm"
            variant="ghost"
            className="ui-toast__action"
            onClick={() => {
              toast.action?.onAction();
              onDismiss(id);
            }}
          >
            {toast.action.label}
          </Button>
        ) : null}
        <IconButton
          size="sm"
          label="Dismiss"
          title="Dismiss notification"
          className="ui-toast__close"
          icon={<CloseIcon size={14} />}
          onClick={() => onDismiss(id)}
        />
      </div>
    </li>
  );
}
