// The inbox's actions, contributed to the one registry of actions (src/ui/commands): its keys are
// bound while the inbox is shown, and the palette and the shortcuts dialog list them.
import { useRegisterActions, useActionKeys, type Action } from '../../ui';

export { isTypingTarget } from '../../ui';

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

/** Enter opens the active row only from a row's checkbox or with nothing focused. */
function enterIsOurs(event: KeyboardEvent | undefined): boolean {
  if (!event) return true;
  const target = event.target instanceof Element ? event.target : null;
  // A focused link or button does its own Enter; elsewhere (the pane) it is not ours.
  if (target?.closest('a[href], button')) return false;
  return target === document.body || Boolean(target?.closest('li[aria-posinset]'));
}

export function inboxActions(h: InboxShortcutHandlers): Action[] {
  return [
    {
      id: 'inbox.next',
      group: 'Inbox',
      title: 'Next conversation',
      keywords: ['down'],
      key: 'j',
      run: h.next,
    },
    {
      id: 'inbox.previous',
      group: 'Inbox',
      title: 'Previous conversation',
      keywords: ['up'],
      key: 'k',
      run: h.previous,
    },
    {
      id: 'inbox.select',
      group: 'Inbox',
      title: 'Select or unselect the conversation',
      key: 'x',
      run: h.toggleSelection,
    },
    {
      id: 'inbox.close',
      group: 'Inbox',
      title: 'Close the conversation, or the selected ones',
      key: 'e',
      run: h.close,
    },
    {
      id: 'inbox.open',
      group: 'Inbox',
      title: 'Open the conversation',
      key: 'Enter',
      run: (event) => {
        if (!enterIsOurs(event)) return false;
        h.open();
      },
    },
    { id: 'inbox.search', group: 'Inbox', title: 'Search conversations', key: '/', run: h.search },
    {
      id: 'inbox.escape',
      group: 'Inbox',
      title: 'Clear the selection',
      key: 'Escape',
      run: h.escape,
    },
    {
      id: 'help.shortcuts',
      group: 'Help',
      title: 'Keyboard shortcuts',
      keywords: ['keys', 'help'],
      key: '?',
      run: h.help,
    },
  ];
}

export function useInboxShortcuts(handlers: InboxShortcutHandlers): void {
  useRegisterActions('inbox', inboxActions(handlers));
  useActionKeys();
}
