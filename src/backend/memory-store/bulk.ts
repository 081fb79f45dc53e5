// The memory Store's bulk load: rows go straight into the tables (still journaled, so a failure
// undoes them) without the per-call copies and awaits of StoreTx.
import type { MemoryState } from './state';
import type { BulkConversation } from '../store';

export function bulkLoad(s: MemoryState, orgId: number, rows: readonly BulkConversation[]): void {
  for (const row of rows) {
    const contact = {
      orgId,
      name: row.contact.name,
      email: row.contact.email,
      id: s.seq.contact.next(),
    };
    s.contacts.set(contact.id, contact);
    const conversation = {
      ...row.conversation,
      orgId,
      contactId: contact.id,
      id: s.seq.conversation.next(),
    };
    s.conversations.set(conversation.id, conversation);
    const message = {
      id: s.seq.message.next(),
      orgId,
      conversationId: conversation.id,
      type: 'chat' as const,
      authorType: 'contact' as const,
      authorId: contact.id,
      body: row.message.body,
      createdAt: row.message.createdAt,
      mentions: [],
      idempotencyKey: null,
    };
    s.messages.set(message.id, message);
    s.metrics.set(conversation.id, {
      conversationId: conversation.id,
      orgId,
      channel: conversation.channel,
      status: conversation.status,
      createdAt: conversation.createdAt,
      firstResponseAt: null,
      closedAt: conversation.status === 'closed' ? conversation.updatedAt : null,
      deleted: false,
    });
  }
}
