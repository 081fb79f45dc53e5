// One keydown listener for every registered action's key: heard on the whole page, except where
// the key belongs to something else (typing, a menu, a dialog, the browser's own combinations).
import { useEffect } from 'react';
import { currentActions } from './registry';

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

function isForSomethingElse(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  if (isTypingTarget(event.target)) return true;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest('[role="menu"], dialog, [role="dialog"]'));
}

function onKeyDown(event: KeyboardEvent) {
  if (isForSomethingElse(event)) return;
  // The latest registration of a key wins: the screen in front answers it.
  const action = currentActions()
    .reverse()
    .find((a) => a.key === event.key && a.bind !== false);
  if (!action) return;
  if (action.run(event) === false) return;
  event.preventDefault();
}

let listeners = 0;

/** Binds the registry's keys while any caller is mounted (one listener however many call it). */
export function useActionKeys(): void {
  useEffect(() => {
    listeners += 1;
    if (listeners === 1) document.addEventListener('keydown', onKeyDown);
    return () => {
      listeners -= 1;
      if (listeners === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
