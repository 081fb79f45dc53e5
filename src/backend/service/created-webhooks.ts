// The opt-in webhook events of a sync: `conversation_created` and `message_created`. Written to
// the outbox in the creating transaction like every other event; only subscriptions that name them
// receive them.
import type { Attachment, Conversation, Message } from '../../domain';
import type { StoreTx } from '../store';

export function enqueueConversationCreated(tx: StoreTx, c: Conversation): Promise<void> {
  return tx.enqueueOutbox({
    orgId: c.orgId,
    conversationId: c.id,
    createdAt: c.createdAt,
    payload: {
      orgId: c.orgId,
      type: 'conversation_created',
      data: {
        conversationId: c.id,
        contactId: c.contactId,
        inboxId: c.inboxId,
        channel: c.channel,
        createdAt: c.createdAt,
      },
    },
  });
}

/** Chats and notes, with the files they carry; thread events have webhooks of their own. */
export async function enqueueMessageCreated(
  tx: StoreTx,
  orgId: number,
  m: Pick<Message, 'id' | 'conversationId' | 'type' | 'authorType' | 'createdAt'>,
  attachments: readonly Attachment[],
): Promise<void> {
  if (m.type !== 'chat' && m.type !== 'note') return;
  await tx.enqueueOutbox({
    orgId,
    conversationId: m.conversationId,
    createdAt: m.createdAt,
    payload: {
      orgId,
      type: 'message_created',
      data: {
        conversationId: m.conversationId,
        messageId: m.id,
        messageType: m.type,
        authorType: m.authorType,
        createdAt: m.createdAt,
        attachments: [...attachments],
      },
    },
  });
}
