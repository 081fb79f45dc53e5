import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import {
  BULK_LIMIT_MESSAGE,
  MAX_BULK,
  SNOOZE_PRESETS,
  type SnoozePreset,
  type Tag,
  type View,
} from '../../domain';
import { Button, CloseIcon, IconButton, MenuButton } from '../../ui';

export interface BulkToolbarProps {
  count: number;
  view: View;
  knownTags: readonly Tag[];
  busy: boolean;
  onClose: () => void;
  onStatus: (status: 'open' | 'pending') => void;
  onSnooze: (preset: SnoozePreset) => void;
  onSpam: () => void;
  onRestore: () => void;
  onTag: (tag: Tag) => void;
  onClear: () => void;
  /**
   * The toolbar is going away with focus in it (the selection was closed or cleared), or is about
   * to: an action on the selection calls it before it starts, while the page is still unchanged.
   */
  onLeaveWithFocus: () => void;
}

// Arrow keys move between the toolbar's controls, as the WAI-ARIA toolbar pattern expects.
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  if (!(event.target instanceof HTMLElement) || event.target.closest('[role="menu"]')) return;
  const controls = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  );
  const at = controls.indexOf(event.target as HTMLButtonElement);
  if (at === -1) return;
  event.preventDefault();
  const next =
    controls[(at + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length];
  next?.focus();
}

/** What can be done to the selection; the server takes at most 25 conversations a request. */
export function BulkToolbar({
  count,
  view,
  knownTags,
  busy,
  onClose,
  onStatus,
  onSnooze,
  onSpam,
  onRestore,
  onTag,
  onClear,
  onLeaveWithFocus,
}: BulkToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const leaving = useRef(onLeaveWithFocus);
  useLayoutEffect(() => {
    leaving.current = onLeaveWithFocus;
  });
  // A layout cleanup runs while the toolbar is still in the document, so it can tell whether
  // focus is about to vanish with it; the owner then puts focus somewhere that stays.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    return () => {
      if (toolbar?.contains(document.activeElement)) leaving.current();
    };
  }, []);
  // Each action ends with the selection cleared and the toolbar gone. Focus leaves first: taken
  // from a button React is removing, or moved into rows it has just changed, focus costs a forced
  // style and layout pass inside the frame that shows the change.
  const leavingThen = (action: () => void) => () => {
    if (ref.current?.contains(document.activeElement)) leaving.current();
    action();
  };
  const overLimit = count > MAX_BULK;
  const blocked = overLimit || busy;
  return (
    // tabIndex -1: the toolbar is reached through its buttons; it only hears their arrow keys.
    <div
      ref={ref}
      role="toolbar"
      aria-label="Bulk actions"
      className="bulk-toolbar"
      tabIndex={-1}
      onKeyDown={moveFocus}
    >
      <span className="bulk-toolbar__count">{count} selected</span>
      <Button size="sm" variant="primary" disabled={blocked} onClick={leavingThen(onClose)}>
        Close selected
      </Button>
      {view !== 'open' ? (
        <Button size="sm" disabled={blocked} onClick={leavingThen(() => onStatus('open'))}>
          Reopen
        </Button>
      ) : null}
      {view !== 'pending' ? (
        <Button size="sm" disabled={blocked} onClick={leavingThen(() => onStatus('pending'))}>
          Mark pending
        </Button>
      ) : null}
      <MenuButton<SnoozePreset>
        label="Snooze"
        size="sm"
        disabled={blocked || view === 'spam'}
        items={SNOOZE_PRESETS.map((p) => ({ id: p.id, label: p.label }))}
        onSelect={onSnooze}
      />
      {view === 'spam' ? (
        <Button size="sm" disabled={blocked} onClick={leavingThen(onRestore)}>
          Restore
        </Button>
      ) : (
        <Button size="sm" disabled={blocked} onClick={leavingThen(onSpam)}>
          Mark as spam
        </Button>
      )}
      <MenuButton<string>
        label="Add tag"
        size="sm"
        disabled={blocked || knownTags.length === 0}
        items={knownTags.map((t) => ({ id: t.name, label: t.name }))}
        onSelect={(name) => {
          const tag = knownTags.find((t) => t.name === name);
          if (tag) onTag(tag);
        }}
      />
      <IconButton
        size="sm"
        label="Clear selection"
        icon={<CloseIcon size={14} />}
        onClick={onClear}
      />
      {/* Always present, so the limit is announced the moment the selection passes it. */}
      <span role="status" className="bulk-toolbar__limit">
        {overLimit ? BULK_LIMIT_MESSAGE : ''}
      </span>
    </div>
  );
}
