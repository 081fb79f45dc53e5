// Writes one reducer outcome: the conversation (guarded by its version), the thread lines, the
// webhook payloads into the outbox, the report metrics and the change feed, in the caller's
// transaction.
import type { Actor, AuthorType, Conversation, Effect } from '../../domain';
import { conflict } from '../app-error';
import type { ConversationMetrics, MessageRecord, OutboxHold, StoreTx } from '../store';
import type { Feed, FeedEntry } from './context';
import { enqueueConversationCreated } from './created-webhooks';
import { withContact } from './load';
import { routeAfterCommit } from './routing';

/** What a commit wrote besides the changes themselves. */
export interface Committed {
  /** The thread lines, in order. */
  messages: MessageRecord[];
  /** The conversations routing assigned afterwards (their newest state), by id. */
  routed: ReadonlyMap<number, Conversation>;
}

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

/** The report rows already read in this transaction, by conversation (null: it has none). */
export type KnownMetrics = ReadonlyMap<number, ConversationMetrics | null>;

/**
 * The report rows of the conversations whose status moved, in step with the move; the latest
 * close is the one that counts. A conversation without a row gets one from its state before.
 * Rows the caller has already read (`known`) are not read again.
 */
async function updateMetrics(
  tx: StoreTx,
  moved: readonly Change[],
  now: number,
  known?: KnownMetrics,
): Promise<void> {
  if (moved.length === 0) return;
  const orgId = moved[0]?.after.orgId ?? 0;
  const ids = moved.map((c) => c.after.id);
  const stored: KnownMetrics =
    known && ids.every((id) => known.has(id))
      ? known
      : new Map((await tx.getMetricsOf(orgId, ids)).map((m) => [m.conversationId, m]));
  await tx.saveMetricsMany(
    moved.map(({ before, after }) => {
      const metrics = stored.get(after.id) ?? metricsOf(before);
      return {
        ...metrics,
        status: after.status,
        closedAt: after.status === 'closed' ? now : metrics.closedAt,
      };
    }),
  );
}

export async function commitChange(
  tx: StoreTx,
  feed: Feed,
  change: Change,
  actor: Actor,
  now: number,
): Promise<Conversation> {
  const { routed } = await commitChanges(tx, feed, [change], actor, now);
  return routed.get(change.after.id) ?? change.after;
}

/**
 * Writes several reducer outcomes of one org (a bulk request) with one statement per kind of row:
 * the same rows, ids and feed order as committing each in turn; with `hold` (an undoable change),
 * its webhooks wait in the outbox until the undo window has passed. Then routing, in the same
 * transaction. Answers the thread lines written, in order, and the conversations routing
 * assigned (their newest state), by id.
 */
export async function commitChanges(
  tx: StoreTx,
  feed: Feed,
  changes: readonly Change[],
  actor: Actor,
  now: number,
  hold?: OutboxHold,
  knownMetrics?: KnownMetrics,
): Promise<Committed> {
  const changed = changes.filter((c) => c.changed);
  const stale = await tx.updateConversations(
    changed.map(({ before, after }) => ({ conversation: after, expectedVersion: before.version })),
  );
  const firstStale = changed.find((c) => stale.includes(c.after.id));
  if (firstStale) {
    const { before } = firstStale;
    const current = await tx.getConversation(before.orgId, before.id, { forUpdate: true });
    throw conflict(await withContact(tx, current ?? before));
  }
  // `route` (consumed by routing below), `notify` (no notification channel) and
  // `start_new_conversation` (handled by the inbound service) need no write here.
  const lines = changes.flatMap(({ after, effects }) =>
    effects.flatMap((effect) =>
      effect.kind === 'thread_event'
        ? [
            {
              orgId: after.orgId,
              conversationId: after.id,
              type: 'event' as const,
              ...authorOf(actor),
              body: effect.body,
              createdAt: now,
              mentions: [],
              idempotencyKey: null,
            },
          ]
        : [],
    ),
  );
  const messages = await tx.insertMessages(lines);
  // Every payload goes in; the delivery worker matches it against each subscription's events.
  await tx.enqueueOutboxMany(
    changes.flatMap(({ after, effects }) =>
      effects.flatMap((effect) =>
        effect.kind === 'webhook'
          ? [
              {
                orgId: after.orgId,
                conversationId: after.id,
                payload: effect.payload,
                createdAt: now,
                ...(hold ? { hold } : {}),
              },
            ]
          : [],
      ),
    ),
  );
  await updateMetrics(
    tx,
    changed.filter((c) => c.before.status !== c.after.status),
    now,
    knownMetrics,
  );
  // Per conversation, in the order given: its thread lines, then its new state, then the counts.
  const entries: FeedEntry[] = [];
  let next = 0;
  for (const { before, after, effects, changed: isChanged } of changes) {
    for (const effect of effects) {
      if (effect.kind !== 'thread_event') continue;
      const message = messages[next];
      next += 1;
      entries.push({
        orgId: after.orgId,
        type: 'message.added',
        conversationId: after.id,
        data: { message },
      });
    }
    if (!isChanged) continue;
    entries.push({
      orgId: after.orgId,
      type: 'conversation.changed',
      conversationId: after.id,
      data: { conversation: after },
    });
    if (before.status !== after.status) {
      entries.push({
        orgId: after.orgId,
        type: 'counts.changed',
        conversationId: after.id,
        data: { from: before.status, to: after.status },
      });
    }
  }
  await feed.appendMany(entries);
  const routed = await routeAfterCommit(tx, feed, changes, now, commitChanges);
  return { messages, routed };
}

/** A conversation just inserted: its report row and its feed entries. */
export async function recordCreated(tx: StoreTx, feed: Feed, c: Conversation): Promise<void> {
  await tx.saveMetrics(metricsOf(c));
  await enqueueConversationCreated(tx, c);
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
