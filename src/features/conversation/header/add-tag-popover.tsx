import { useEffect, useId, useRef, useState } from 'react';
import type { Tag } from '../../../domain';
import { Button } from '../../../ui';
import { AddTagForm } from './add-tag-form';

export interface AddTagPopoverProps {
  /** Tags already on the conversation: not offered again. */
  current: readonly Tag[];
  onAdd: (tag: Tag) => void;
}

/**
 * "Add tag": a small non-modal dialog under the button to pick a tag the org already uses or
 * create one with a colour. Escape or a click outside closes it.
 */
export function AddTagPopover({ current, onAdd }: AddTagPopoverProps) {
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A press outside closes it where the press went; Escape inside closes it back to the button.
  useEffect(() => {
    if (!open) return;
    const anchor = anchorRef.current;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchor?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    anchor?.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      anchor?.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div ref={anchorRef} className="conversation-popover-anchor">
      <Button
        ref={buttonRef}
        size="sm"
        variant="ghost"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        leadingIcon={<span aria-hidden="true">+</span>}
        onClick={() => setOpen(!open)}
      >
        Add tag
      </Button>
      {open ? (
        <div id={panelId} role="dialog" aria-label="Add tag" className="conversation-popover">
          <AddTagForm
            current={current}
            onAdd={(tag) => {
              close();
              onAdd(tag);
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
