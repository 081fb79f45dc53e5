// A contact's message arriving through an inbox (`POST /api/inbound`): it goes to the contact's
// latest conversation in that inbox under the rules of SPEC section 2, or starts a new one.
import type { InboundRequest, InboundResult } from '../../api';
import {
  createConversation,
  reduce,
  type Channel,
  type Contact,
  type ContactActor,
  type Conversation,
} from '../../domain';
import { notFound, rejected, unauthorized } from '../app-error';
import type { Services } from '../deps';
import type { Inbox, StoreTx } from '../store';
import { storeInboundFiles } from './answer';
import { authorOf, commitChange, commitChanges, recordCreated } from './commit';
import { enqueueMessageCreated } from './created-webhooks';
import { inTransaction, type Feed } from './context';
import { followMerged } from './load';
import { toMessage } from './messages';
import { drainQueue } from './routing';

export async function findOrCreateContact(
  tx: StoreTx,
  orgId: number,
  req: Pick<InboundRequest, 'contact'>,
): Promise<Contact> {
  const email = req.contact.email.trim().toLowerCase();
  const found = await tx.findContactByEmail(orgId, email);
  if (found) return found;
  const name = req.contact.name ?? email.split('@')[0] ?? email;
  return tx.insertContact({ orgId, name, email });
}

async function startConversation(
  tx: StoreTx,
  feed: Feed,
  inbox: Inbox,
  contact: Contact,
  channel: Channel,
  now: number,
) {
  const { id: _unassigned, ...fresh } = createConversation(
    // It starts with the contact's message, which nobody has answered yet.
    {
      id: 0,
      orgId: inbox.orgId,
      inboxId: inbox.id,
      contactId: contact.id,
      channel,
      waitingSince: now,
    },
    now,
  );
  const c = await tx.insertConversation(fresh);
  await recordCreated(tx, feed, c);
  return c;
}

/** The conversation this message continues, or null when it must start a new one. */
async function target(
  tx: StoreTx,
  inbox: Inbox,
  contact: Contact,
  req: InboundRequest,
): Promise<Conversation | null> {
  if (req.conversationId !== undefined) {
    const c = await tx.getConversation(inbox.orgId, req.conversationId, { forUpdate: true });
    // Another inbox's or another contact's conversation is as absent as a missing one.
    if (!c || c.inboxId !== inbox.id || c.contactId !== contact.id) throw notFound();
    return followMerged(tx, c);
  }
  // A chat and an email thread are separate conversations, as in every inbox we model: the
  // latest on the message's own channel, however recent the other channel's is.
  const latest = await tx.latestConversationOf(inbox.orgId, inbox.id, contact.id, req.channel);
  if (!latest) return null;
  const c = await tx.getConversation(inbox.orgId, latest.id, { forUpdate: true });
  return c && followMerged(tx, c);
}

export function receiveInbound(
  svc: Services,
  token: string | null,
  req: InboundRequest,
): Promise<InboundResult> {
  return inTransaction(svc, async (tx, feed, now) => {
    const inbox = token ? await tx.findInboxByToken(token) : null;
    if (!inbox) throw unauthorized('Send the inbox token as `Authorization: Bearer <token>`');
    const contact = await findOrCreateContact(tx, inbox.orgId, req);
    const actor: ContactActor = { kind: 'contact', id: contact.id, name: contact.name };

    let conversation = await target(tx, inbox, contact, req);
    let created = false;
    if (conversation) {
      const settings = await tx.getSettings(inbox.orgId);
      const outcome = reduce(conversation, { type: 'contact_message', actor }, now, settings);
      if (!outcome.ok) throw rejected(outcome.reason);
      if (outcome.effects.some((e) => e.kind === 'start_new_conversation')) {
        conversation = null;
      } else {
        conversation = await commitChange(
          tx,
          feed,
          {
            before: conversation,
            after: outcome.conversation,
            effects: outcome.effects,
            changed: outcome.changed,
          },
          actor,
          now,
        );
      }
    }
    if (!conversation) {
      conversation = await startConversation(tx, feed, inbox, contact, req.channel, now);
      created = true;
    }

    const message = await tx.insertMessage({
      orgId: inbox.orgId,
      conversationId: conversation.id,
      type: 'chat',
      ...authorOf(actor),
      body: req.body,
      createdAt: now,
      mentions: [],
      idempotencyKey: null,
    });
    const files = req.attachments
      ? await storeInboundFiles(tx, inbox.orgId, conversation.id, message.id, req.attachments, now)
      : [];
    await enqueueMessageCreated(tx, inbox.orgId, message, files);
    await feed.append({
      orgId: inbox.orgId,
      type: 'message.added',
      conversationId: conversation.id,
      data: {
        message:
          files.length > 0 ? { ...toMessage(message), attachments: files } : toMessage(message),
      },
    });
    // A new conversation is open and unassigned: routed after its first message, like a reopen.
    if (created) await drainQueue(tx, feed, inbox.orgId, now, commitChanges);
    return { conversationId: conversation.id, created };
  });
}
