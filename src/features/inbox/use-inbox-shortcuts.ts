// The inbox's single-key shortcuts, heard on the whole page while the inbox is shown.
import { useEffect, useRef } from 'react';

export interface InboxShortcutHandlers {
  next: () => void;
  previous: () => void;
  toggleSelection: () => void;
  close: () => void;
  open: () => void;
  help: () => void;
  search: () => void;
  /** Escape: clears the selection; false when there was nothing to clear (the key is not ours). */
  escape: () => boolean;
}

export const SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'j', description: 'Next conversation (opens it when one is open)' },
  { keys: 'k', description: 'Previous conversation (opens it when one is open)' },
  { keys: 'x', description: 'Select or unselect the conversation' },
  { keys: 'e', description: 'Close the conversation, or the selected ones' },
  { keys: 'Enter', description: 'Open the conversation' },
  { keys: '/', description: 'Search conversations' },
  { keys: 'Escape', description: 'Clear the selection; in the composer, leave it' },
  { keys: '?', description: 'Show these shortcuts' },
];

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'password',
  'url',
  'tel',
  'number',
  'date',
  'datetime-local',
  'time',
  'month',
  'week',
]);

/** Typing a "j" into a reply must type it, not move the list. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** Keys that belong to something else: a menu, a dialog, the browser's own combinations. */
function isForSomethingElse(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  if (isTypingTarget(event.target)) return true;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest('[role="menu"], dialog, [role="dialog"]'));
}

export function useInboxShortcuts(handlers: InboxShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isForSomethingElse(event)) return;
      const h = latest.current;
      const target = event.target instanceof Element ? event.target : null;
      switch (event.key) {
        case 'j':
          h.next();
          break;
        case 'k':
          h.previous();
          break;
        case 'x':
          h.toggleSelection();
          break;
        case 'e':
          h.close();
          break;
        case '?':
          h.help();
          break;
        case '/':
          h.search();
          break;
        case 'Escape':
          if (!h.escape()) return;
          break;
        case 'Enter':
          // A focused link or button does its own Enter; on a row's checkbox, or with nothing
          // focused, Enter opens the active row. Elsewhere (the pane) it is not ours.
          if (target?.closest('a[href], button')) return;
          if (target !== document.body && !target?.closest('li[aria-posinset]')) return;
          h.open();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
