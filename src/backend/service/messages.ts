// Agent replies and notes, the `/sync` composer command, and the thread's pages.
import type { ConversationDetail, CreateMessageRequest } from '../../api';
import { commandEvent, findMentions, type ConversationEvent, type Message } from '../../domain';
import { rejected } from '../app-error';
import type { Services } from '../deps';
import type { MessageRange, MessageRecord, StoreTx } from '../store';
import { actorOf, inTransaction, type Caller } from './context';
import { checkUnsent, toAttachment, withAttachments } from './answer';
import { applyInTx } from './change-conversation';
import { enqueueMessageCreated } from './created-webhooks';
import { checkVersion, loadForUpdate, withContact } from './load';

export type PostResult =
  | { kind: 'created' | 'replayed'; message: Message }
  | { kind: 'command'; conversation: ConversationDetail };

/** A reply whose whole body is this is a command, not a message. */
export const SYNC_COMMAND = '/sync';

export const toMessage = ({
  orgId: _org,
  idempotencyKey: _key,
  ...message
}: MessageRecord): Message => message;

async function markFirstResponse(tx: StoreTx, orgId: number, conversationId: number, now: number) {
  const metrics = await tx.getMetrics(orgId, conversationId);
  if (metrics && metrics.firstResponseAt === null)
    await tx.saveMetrics({ ...metrics, firstResponseAt: now });
}

export function postMessage(
  svc: Services,
  caller: Caller,
  id: number,
  req: CreateMessageRequest,
  opts: { ifMatch?: number | undefined } = {},
): Promise<PostResult> {
  return inTransaction(svc, async (tx, feed, now) => {
    const c = await loadForUpdate(tx, caller.orgId, id);
    // Before the version check: a retry of a request that went through must get its message back,
    // although that very request moved the version on.
    if (req.idempotencyKey !== undefined) {
      const existing = await tx.findMessageByIdempotencyKey(c.id, req.idempotencyKey);
      if (existing) {
        // A key names one request; reusing it for different words is a client bug, not a retry.
        if (
          existing.type !== req.type ||
          existing.body !== req.body ||
          existing.authorId !== caller.agent.id
        ) {
          throw rejected('This idempotency key was already used for a different message.');
        }
        const [replayed] = await withAttachments(tx, caller.orgId, [toMessage(existing)]);
        return { kind: 'replayed', message: replayed ?? toMessage(existing) };
      }
    }
    await checkVersion(tx, c, opts.ifMatch);
    const settings = await tx.getSettings(caller.orgId);
    const actor = actorOf(caller);

    if (req.type === 'chat' && req.body.trim() === SYNC_COMMAND) {
      const sync = commandEvent({ kind: 'sync' }, actor);
      const after = await applyInTx(tx, feed, caller, c, sync ? [sync] : [], settings, now);
      return { kind: 'command', conversation: await withContact(tx, after) };
    }

    const files = await checkUnsent(tx, caller.orgId, c.id, req.attachmentIds ?? []);
    const mentions =
      req.type === 'note' ? findMentions(req.body, await tx.listAgents(caller.orgId)) : [];
    const event: ConversationEvent =
      req.type === 'chat'
        ? { type: 'agent_reply', actor }
        : { type: 'agent_note', actor, mentions };
    await applyInTx(tx, feed, caller, c, [event], settings, now);
    const record = await tx.insertMessage({
      orgId: caller.orgId,
      conversationId: c.id,
      type: req.type,
      authorType: 'agent',
      authorId: caller.agent.id,
      body: req.body,
      createdAt: now,
      mentions,
      idempotencyKey: req.idempotencyKey ?? null,
    });
    if (req.type === 'chat') await markFirstResponse(tx, caller.orgId, c.id, now);
    const attachments = files.map(toAttachment);
    await enqueueMessageCreated(tx, caller.orgId, record, attachments);
    await tx.attachToMessage(
      caller.orgId,
      record.id,
      files.map((f) => f.id),
    );
    const message: Message =
      attachments.length > 0 ? { ...toMessage(record), attachments } : toMessage(record);
    await feed.append({
      orgId: caller.orgId,
      type: 'message.added',
      conversationId: c.id,
      data: { message },
    });
    return { kind: 'created', message };
  });
}

/** A page of the thread and whether there is more beyond it, in the range's direction. */
export function listMessages(
  svc: Services,
  caller: Caller,
  id: number,
  range: MessageRange,
): Promise<{ messages: Message[]; more: boolean } | null> {
  return svc.store.read(async (tx) => {
    const c = await tx.getConversation(caller.orgId, id);
    if (!c) return null;
    // One more than asked says whether another page follows, without counting the thread.
    const rows = await tx.listMessages(caller.orgId, id, { ...range, limit: range.limit + 1 });
    const messages = await withAttachments(
      tx,
      caller.orgId,
      rows.slice(0, range.limit).map(toMessage),
    );
    return { messages, more: rows.length > range.limit };
  });
}
