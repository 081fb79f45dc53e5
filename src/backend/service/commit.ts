// Writes one reducer outcome: the conversation (guarded by its version), the thread lines, the
// webhook payloads into the outbox, the report metrics and the change feed, in the caller's
// transaction.
import type { Actor, AuthorType, Conversation, Effect } from '../../domain';
import { conflict } from '../app-error';
import type { ConversationMetrics, StoreTx } from '../store';
import type { Feed } from './context';
import { withContact } from './load';

export interface Change {
  before: Conversation;
  after: Conversation;
  effects: readonly Effect[];
  changed: boolean;
}

export function authorOf(actor: Actor): { authorType: AuthorType; authorId: number | null } {
  return actor.kind === 'system'
    ? { authorType: 'system', authorId: null }
    : { authorType: actor.kind, authorId: actor.id };
}

export function metricsOf(c: Conversation): ConversationMetrics {
  return {
    conversationId: c.id,
    orgId: c.orgId,
    channel: c.channel,
    status: c.status,
    createdAt: c.createdAt,
    firstResponseAt: null,
    closedAt: c.status === 'closed' ? c.updatedAt : null,
    deleted: false,
  };
}

/** Keeps the report row in step with a status change; the latest close is the one that counts. */
async function updateMetrics(tx: StoreTx, before: Conversation, after: Conversation, now: number) {
  if (before.status === after.status) return;
  const metrics = (await tx.getMetrics(after.orgId, after.id)) ?? metricsOf(before);
  await tx.saveMetrics({
    ...metrics,
    status: after.status,
    closedAt: after.status === 'closed' ? now : metrics.closedAt,
  });
}

export async function commitChange(
  tx: StoreTx,
  feed: Feed,
  change: Change,
  actor: Actor,
  now: number,
): Promise<Conversation> {
  const { before, after } = change;
  if (change.changed) {
    const saved = await tx.updateConversation(after, before.version);
    if (!saved) {
      const current = await tx.getConversation(before.orgId, before.id, { forUpdate: true });
      throw conflict(await withContact(tx, current ?? before));
    }
  }
  for (const effect of change.effects) {
    if (effect.kind === 'thread_event') {
      const message = await tx.insertMessage({
        orgId: after.orgId,
        conversationId: after.id,
        type: 'event',
        ...authorOf(actor),
        body: effect.body,
        createdAt: now,
        mentions: [],
        idempotencyKey: null,
      });
      await feed.append({
        orgId: after.orgId,
        type: 'message.added',
        conversationId: after.id,
        data: { message },
      });
    } else if (effect.kind === 'webhook') {
      // Every payload goes in; the delivery worker matches it against each subscription's events.
      await tx.enqueueOutbox({
        orgId: after.orgId,
        conversationId: after.id,
        payload: effect.payload,
        createdAt: now,
      });
    }
    // `route` (no automatic routing yet), `notify` (no notification channel) and
    // `start_new_conversation` (handled by the inbound service) need no write here.
  }
  if (change.changed) {
    await updateMetrics(tx, before, after, now);
    await feed.append({
      orgId: after.orgId,
      type: 'conversation.changed',
      conversationId: after.id,
      data: { conversation: after },
    });
    if (before.status !== after.status) {
      await feed.append({
        orgId: after.orgId,
        type: 'counts.changed',
        conversationId: after.id,
        data: { from: before.status, to: after.status },
      });
    }
  }
  return after;
}

/** A conversation just inserted: its report row and its feed entries. */
export async function recordCreated(tx: StoreTx, feed: Feed, c: Conversation): Promise<void> {
  await tx.saveMetrics(metricsOf(c));
  await feed.append({
    orgId: c.orgId,
    type: 'conversation.changed',
    conversationId: c.id,
    data: { conversation: c },
  });
  await feed.append({
    orgId: c.orgId,
    type: 'counts.changed',
    conversationId: c.id,
    data: { from: null, to: c.status },
  });
}
