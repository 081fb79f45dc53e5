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

type PreviewRow = Pick<ConversationRow, 'lastMessage'> &
  Partial<Pick<ConversationRow, 'contactMessage'>>;

/**
 * One line of what the customer last said (SPEC 7.4): the newest message from the contact. Without
 * one (a conversation the team started), the last message, marked as a note, bot or reply.
 */
export function previewText(row: PreviewRow): string {
  const said = row.contactMessage;
  if (said) return oneLine(said.body);
  const message = row.lastMessage;
  if (!message) return 'No messages yet';
  const text = oneLine(message.body);
  if (message.type === 'note') return `Note: ${text}`;
  if (message.authorType === 'bot') return `Bot: ${text}`;
  return message.authorType === 'contact' ? text : `Reply: ${text}`;
}

/** "You replied" when the team's answer is the last word after what the contact said. */
export function repliedLast(row: PreviewRow): boolean {
  const last = row.lastMessage;
  return (
    row.contactMessage !== null &&
    row.contactMessage !== undefined &&
    last !== null &&
    last.type === 'chat' &&
    (last.authorType === 'agent' || last.authorType === 'bot')
  );
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Characters of tag names a row shows in full; the rest are "+n". */
export const TAG_BUDGET = 18;

/**
 * The tags a row shows whole (never cut mid-word), in order, within TAG_BUDGET characters and at
 * most `max`; the first one always, unless it alone is over the budget. `more` counts the rest.
 */
export function visibleTags<T extends { name: string }>(
  tags: readonly T[],
  max = 2,
  budget = TAG_BUDGET,
): { shown: T[]; more: number } {
  const shown: T[] = [];
  let used = 0;
  for (const tag of tags) {
    if (shown.length >= max || used + tag.name.length > budget) break;
    shown.push(tag);
    used += tag.name.length;
  }
  return { shown, more: tags.length - shown.length };
}

/** When the row last changed, as the list sorts it. */
export function rowTime(row: Pick<ConversationRow, 'updatedAt'>): number {
  return row.updatedAt;
}
