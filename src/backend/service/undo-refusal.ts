// Why an undo is refused, in words (SPEC 7.2): who changed which conversation since, and how,
// e.g. "Sam closed it since: not undone".
import type { FailedItem } from '../../api';
import type { Conversation, ConversationStatus } from '../../domain';
import type { MessageRecord, StoreTx, UndoItem } from '../store';

/** What someone did to a conversation; `it` names the conversation. */
const STATUS_DEED: Record<ConversationStatus, (it: string) => string> = {
  open: (it) => `reopened ${it}`,
  pending: (it) => `marked ${it} pending`,
  closed: (it) => `closed ${it}`,
  snoozed: (it) => `snoozed ${it}`,
  spam: (it) => `marked ${it} as spam`,
  bulk_sent: (it) => `sent ${it} in bulk`,
  merged: (it) => `merged ${it}`,
};

async function authorName(tx: StoreTx, orgId: number, m: MessageRecord | undefined) {
  if (!m || m.authorId === null) return m?.authorType === 'system' ? 'Parley' : 'Someone';
  if (m.authorType === 'agent') return (await tx.getAgent(orgId, m.authorId))?.name ?? 'Someone';
  if (m.authorType === 'contact')
    return (await tx.getContact(orgId, m.authorId))?.name ?? 'The contact';
  return 'A bot';
}

/** One conversation's reason: the newest line of its thread says who; the change says what. */
async function reasonFor(
  tx: StoreTx,
  item: UndoItem,
  current: Conversation | undefined,
  single: boolean,
): Promise<string> {
  if (!current) return `#${item.conversationId} was deleted since: not undone.`;
  const contact = await tx.getContact(current.orgId, current.contactId);
  const it = single ? 'it' : `the conversation with ${contact?.name ?? `#${current.id}`}`;
  const [newest] = await tx.listMessages(current.orgId, current.id, { order: 'newest', limit: 1 });
  const own = newest !== undefined && item.messageIds.includes(newest.id);
  const who = await authorName(tx, current.orgId, own ? undefined : newest);
  let deed: string;
  if (current.status !== item.after.status) deed = STATUS_DEED[current.status](it);
  else if (current.snoozedUntil !== item.after.snoozedUntil) deed = `snoozed ${it} again`;
  else if (newest?.type === 'note') deed = `added a note to ${it}`;
  else if (newest?.authorType === 'contact') deed = single ? 'wrote in' : `wrote in ${it}`;
  else deed = single ? 'replied' : `replied in ${it}`;
  return `${who} ${deed} since: not undone.`;
}

/** Each conversation someone touched since, with its reason; the first one is the message. */
export async function explainRefusal(
  tx: StoreTx,
  touched: readonly { item: UndoItem; current: Conversation | undefined }[],
  single: boolean,
): Promise<{ message: string; failed: FailedItem[] }> {
  const failed: FailedItem[] = [];
  for (const { item, current } of touched) {
    failed.push({ id: item.conversationId, reason: await reasonFor(tx, item, current, single) });
  }
  const first = failed[0]?.reason ?? 'Changed since: not undone.';
  const more = failed.length - 1;
  return {
    message:
      more > 0
        ? `${first.replace(/\.$/, '')} (and ${more} more changed since). Nothing was undone.`
        : first,
    failed,
  };
}
