import type { NotificationKind } from '../../api';

/** What a notification says, with the conversation's contact when known. */
export function notificationText(kind: NotificationKind, contact: string | null): string {
  const where = contact ?? 'a conversation';
  switch (kind) {
    case 'mention':
      return `You were mentioned in ${contact ? `the conversation with ${contact}` : where}`;
    case 'assignment':
      return `${contact ? `The conversation with ${contact}` : 'A conversation'} was assigned to you`;
    case 'message':
      return `${contact ?? 'The contact'} wrote in ${contact ? 'a conversation you follow' : where}`;
  }
}

/** The tab's title: the unread count first, "(3) Parley". */
export function titleWithCount(unread: number, base = 'Parley'): string {
  return unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${base}` : base;
}
