import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { IconButton } from '../button/icon-button';
import { CloseIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import { tabbables } from '../lib/focusable';
import { useNeedsTabStop } from './use-needs-tab-stop';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  /** Escape, the close button or a click on the backdrop: the owner sets `open` to false. */
  onClose: () => void;
  /** Names the dialog (aria-labelledby). */
  title: ReactNode;
  /** Describes the dialog (aria-describedby). */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
  /** What takes focus on open; else `[data-autofocus]`, else the first control in the body. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  size?: 'sm' | 'md' | 'lg';
  closeLabel?: string;
  dismissOnBackdrop?: boolean;
  className?: string;
}

// Native modals keep focus in the page, but Tab can still leave for the browser's own UI; wrap it.
function trapTab(container: HTMLElement, event: KeyboardEvent) {
  const all = tabbables(container);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const outside = !all.some((el) => el === active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal dialog. Rendered only while `open`, so its content mounts fresh each time. */
export function Dialog({ open, ...rest }: DialogProps) {
  return open ? <DialogContent {...rest} /> : null;
}

function DialogContent({
  onClose,
  title,
  description,
  children,
  footer,
  initialFocusRef,
  size = 'md',
  closeLabel = 'Close',
  dismissOnBackdrop = true,
  className,
}: Omit<DialogProps, 'open'>) {
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const initialFocus = useRef(initialFocusRef);
  // A body that scrolls with nothing focusable inside becomes a named Tab stop, so the keyboard
  // can scroll it; otherwise it stays out of the Tab order.
  const bodyIsTabStop = useNeedsTabStop(bodyRef);
  // The listeners below are attached once; they read the latest props through this ref.
  const latest = useRef({ onClose, dismissOnBackdrop });
  useLayoutEffect(() => {
    latest.current = { onClose, dismissOnBackdrop };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // showModal makes the rest of the page inert and puts the dialog in the top layer.
    if (!dialog.open) dialog.showModal();
    const target =
      initialFocus.current?.current ??
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      tabbables(bodyRef.current ?? dialog)[0] ??
      tabbables(dialog)[0] ??
      surfaceRef.current ??
      dialog;
    target.focus();

    // Keys are heard on the document, after React has dispatched, so that a menu inside the
    // dialog can claim Escape first (it stops propagation). Only the innermost dialog acts.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (!(event.target instanceof Element) || event.target.closest('dialog') !== dialog) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onClose();
      } else if (event.key === 'Tab') {
        trapTab(dialog, event);
      }
    };
    let pressedOnBackdrop = false;
    // Other close requests (e.g. Android's back gesture) arrive as `cancel`; the owner decides.
    const onCancel = (event: Event) => {
      event.preventDefault();
      latest.current.onClose();
    };
    // The dialog box is filled by its surface, so a press and release on the dialog itself are
    // on the backdrop. Both are checked so a text selection dragged outside does not close it.
    const onMouseDown = (event: MouseEvent) => {
      pressedOnBackdrop = event.target === dialog;
    };
    const onClick = (event: MouseEvent) => {
      const onBackdrop = pressedOnBackdrop && event.target === dialog;
      pressedOnBackdrop = false;
      if (onBackdrop && latest.current.dismissOnBackdrop) latest.current.onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('mousedown', onMouseDown);
    dialog.addEventListener('click', onClick);

    return () => {
      document.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('mousedown', onMouseDown);
      dialog.removeEventListener('click', onClick);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      className={cx('ui-dialog', `ui-dialog--${size}`, className)}
    >
      <div ref={surfaceRef} tabIndex={-1} className="ui-dialog__surface">
        <header className="ui-dialog__header">
          <h2 id={titleId} className="ui-dialog__title">
            {title}
          </h2>
          <IconButton
            size="sm"
            label={closeLabel}
            icon={<CloseIcon size={14} />}
            onClick={onClose}
          />
        </header>
        {description ? (
          <p id={descriptionId} className="ui-dialog__description">
            {description}
          </p>
        ) : null}
        {children !== undefined ? (
          <div
            ref={bodyRef}
            className="ui-dialog__body"
            {...(bodyIsTabStop ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}
          >
            {children}
          </div>
        ) : null}
        {footer ? <footer className="ui-dialog__footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
