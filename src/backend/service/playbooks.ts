// Playbooks and bots (SPEC 7.1, Drift's `bulk_sent`): a playbook's message to many contacts, one
// conversation each, waiting for a reply (which opens and routes it, as any contact message
// does); and a bot closing a conversation when its goal is met.
import type { InboundCloseRequest, PlaybookSendRequest } from '../../api';
import { createConversation, reduce, type BotActor } from '../../domain';
import { notFound, rejected, unauthorized } from '../app-error';
import type { Services } from '../deps';
import { authorOf, commitChange, recordCreated } from './commit';
import { inTransaction, type Caller } from './context';
import { findOrCreateContact } from './inbound';
import { toMessage } from './messages';

/** Playbook and bot messages are signed by the playbook: the thread says "Bot". */
const botOf = (playbookId: number): BotActor => ({ kind: 'bot', id: playbookId, name: 'Bot' });

export function sendPlaybook(
  svc: Services,
  caller: Caller,
  req: PlaybookSendRequest,
): Promise<{ conversationIds: number[] }> {
  return inTransaction(svc, async (tx, feed, now) => {
    const inboxes = await tx.listInboxes(caller.orgId);
    const inbox =
      req.inboxId === undefined ? inboxes[0] : inboxes.find((i) => i.id === req.inboxId);
    if (!inbox)
      throw rejected(req.inboxId === undefined ? 'The org has no inbox.' : 'No such inbox.');
    const bot = botOf(req.playbookId);
    const emails = new Set<string>();
    const conversationIds: number[] = [];
    for (const target of req.contacts) {
      const key = target.email.trim().toLowerCase();
      if (emails.has(key)) continue;
      emails.add(key);
      const contact = await findOrCreateContact(tx, caller.orgId, { contact: target });
      const { id: _new, ...fresh } = createConversation(
        {
          id: 0,
          orgId: caller.orgId,
          inboxId: inbox.id,
          contactId: contact.id,
          channel: 'chat',
          relatedPlaybookId: req.playbookId,
        },
        now,
      );
      const c = await tx.insertConversation({ ...fresh, status: 'bulk_sent', participants: [] });
      await recordCreated(tx, feed, c);
      const message = await tx.insertMessage({
        orgId: caller.orgId,
        conversationId: c.id,
        type: 'chat',
        ...authorOf(bot),
        body: req.body,
        createdAt: now,
        mentions: [],
        idempotencyKey: null,
      });
      await feed.append({
        orgId: caller.orgId,
        type: 'message.added',
        conversationId: c.id,
        data: { message: toMessage(message) },
      });
      conversationIds.push(c.id);
    }
    return { conversationIds };
  });
}

/** `POST /api/inbound/close`: the inbox's bot closes a conversation of that inbox. */
export function botClose(
  svc: Services,
  token: string | null,
  req: InboundCloseRequest,
): Promise<{ conversationId: number; status: 'closed' }> {
  return inTransaction(svc, async (tx, feed, now) => {
    const inbox = token ? await tx.findInboxByToken(token) : null;
    if (!inbox) throw unauthorized('Send the inbox token as `Authorization: Bearer <token>`');
    const c = await tx.getConversation(inbox.orgId, req.conversationId, { forUpdate: true });
    // Another inbox's conversation is as absent as a missing one.
    if (!c || c.inboxId !== inbox.id) throw notFound();
    const bot = botOf(c.relatedPlaybookId ?? 0);
    const settings = await tx.getSettings(inbox.orgId);
    const outcome = reduce(c, { type: 'bot_goal_close', actor: bot }, now, settings);
    if (!outcome.ok) throw rejected(outcome.reason);
    const { conversation: after, effects, changed } = outcome;
    // Signed by its playbook when it has one; a conversation no playbook started has no bot id.
    const author = c.relatedPlaybookId === null ? ({ kind: 'system' } as const) : bot;
    await commitChange(tx, feed, { before: c, after, effects, changed }, author, now);
    return { conversationId: c.id, status: 'closed' };
  });
}
