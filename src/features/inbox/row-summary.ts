// What a row says about its conversation, beyond the raw fields.
import type { ConversationRow } from '../../api';

/**
 * "Unread" here means the contact spoke last: the newest chat (or note) is theirs, so no agent has
 * answered or written about it since. The API keeps no per-agent read receipts, and "waiting on
 * us" is what an agent scanning the list needs to see. A status change alone does not clear it.
 */
export function isUnread(row: Pick<ConversationRow, 'lastMessage'>): boolean {
  return row.lastMessage?.authorType === 'contact';
}

/** One line of the last message; notes are marked so they are not mistaken for replies. */
export function previewText(row: Pick<ConversationRow, 'lastMessage'>): string {
  const message = row.lastMessage;
  if (!message) return 'No messages yet';
  const text = message.body.replace(/\s+/g, ' ').trim();
  if (message.type === 'note') return `Note: ${text}`;
  if (message.authorType === 'bot') return `Bot: ${text}`;
  // The row names the contact; an agent's words are marked as the team's answer.
  return message.authorType === 'contact' ? text : `Reply: ${text}`;
}

/** When the row last changed, as the list sorts it. */
export function rowTime(row: Pick<ConversationRow, 'updatedAt'>): number {
  return row.updatedAt;
}
