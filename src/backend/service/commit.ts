// Writes one reducer outcome: the conversation (guarded by its version), the thread lines, the
// webhook payloads into the outbox, the report metrics (both held, for an undoable change) and the
// change feed, in the caller's transaction.
import type { Actor, AuthorType, Conversation, Effect } from '../../domain';
import { conflict } from '../app-error';
import type {
  ConversationMetrics,
  MessageRecord,
  OutboxHold,
  StoreTx,
  UndoItem,
  UndoRecord,
} from '../store';
import type { Feed, FeedEntry } from './context';
import { enqueueConversationCreated } from './created-webhooks';
import { withContact } from './load';
import { notificationsOf, recordNotifications } from './notifications';
import { routeAfterCommit, routingAsked } from './routing';

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

/**
 * The report rows of the conversations whose status moved, in step with the move; the latest
 * close is the one that counts. A conversation without a row gets one from its state before.
 * Figures an earlier undoable change still holds are final now (the move makes that change's undo
 * refuse) and are the base. With `hold`, the row keeps showing what it showed before and the new
 * figures wait out the undo window in the held table (reports never count an undone change).
 */
async function updateMetrics(
  tx: StoreTx,
  moved: readonly Change[],
  now: number,
  hold: OutboxHold | undefined,
): Promise<void> {
  if (moved.length === 0) return;
  const orgId = moved[0]?.after.orgId ?? 0;
  const ids = moved.map((c) => c.after.id);
  const settled = new Map((await tx.takeHeldMetrics(orgId, ids)).map((h) => [h.conversationId, h]));
  const stored = new Map((await tx.getMetricsOf(orgId, ids)).map((m) => [m.conversationId, m]));
  const current = moved.map(({ before }): ConversationMetrics => {
    const metrics = stored.get(before.id) ?? metricsOf(before);
    const held = settled.get(before.id);
    return held ? { ...metrics, status: held.status, closedAt: held.closedAt } : metrics;
  });
  const next = moved.map(({ after }, i) => {
    const metrics = current[i] ?? metricsOf(after);
    return {
      ...metrics,
      status: after.status,
      closedAt: after.status === 'closed' ? now : metrics.closedAt,
    };
  });
  if (!hold) {
    await tx.saveMetricsMany(next);
    return;
  }
  await tx.saveMetricsMany(
    current.filter((m) => settled.has(m.conversationId) || !stored.has(m.conversationId)),
  );
  await tx.holdMetrics(
    next.map((m) => ({
      orgId,
      conversationId: m.conversationId,
      token: hold.token,
      releaseAt: hold.until,
      status: m.status,
      closedAt: m.closedAt,
    })),
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

/** What an undoable change records; each item's `messageIds` are filled in by the commit. */
export type UndoDraft = Omit<UndoRecord, 'items'> & { items: Omit<UndoItem, 'messageIds'>[] };

/**
 * Writes several reducer outcomes of one org (a bulk request) with one statement per kind of row,
 * or all in one round trip where the store offers it (`writeChanges`): the same rows, ids and
 * feed order as committing each in turn; with `hold` (an undoable change), its webhooks wait in
 * the outbox until the undo window has passed, and `undo` is recorded with the thread lines
 * written. Then routing, in the same transaction. Answers the thread lines written, in order,
 * and the conversations routing assigned (their newest state), by id.
 */
export async function commitChanges(
  tx: StoreTx,
  feed: Feed,
  changes: readonly Change[],
  actor: Actor,
  now: number,
  hold?: OutboxHold,
  undo?: UndoDraft,
): Promise<Committed> {
  const changed = changes.filter((c) => c.changed);
  // `route` (consumed by routing below), `notify` (recordNotifications, below) and
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
  // Every payload goes in; the delivery worker matches it against each subscription's events.
  const outbox = changes.flatMap(({ after, effects }) =>
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
  );
  const moved = changed.filter((c) => c.before.status !== c.after.status);
  const updates = changed.map(({ before, after }) => ({
    conversation: after,
    expectedVersion: before.version,
  }));
  const orgId = changes[0]?.after.orgId;
  // One call where the store offers it and there is something to write (nothing changed: no
  // statement at all, as below).
  const writeAll =
    orgId !== undefined &&
    changes.every((c) => c.after.orgId === orgId) &&
    (changed.length > 0 || lines.length > 0 || outbox.length > 0 || undo !== undefined)
      ? tx.writeChanges?.bind(tx)
      : undefined;
  let messages: MessageRecord[];
  if (writeAll && orgId !== undefined) {
    // The lines' ids are handed out by the same statement, which puts each into its entry.
    const entries = feedEntries(changes, (i) => ({ message: i, data: { message: lines[i] } }));
    const { stale, messageIds } = await writeAll({
      orgId,
      updates,
      messages: lines,
      outbox,
      moved: moved.map(({ before, after }) => ({
        fallback: metricsOf(before),
        status: after.status,
      })),
      now,
      hold: hold ?? null,
      feed: entries,
      undo: undo ? withLines(undo, []) : null,
      // Neither notifications nor routing follow it (see below).
      last:
        routingAsked(changes) === undefined &&
        changed.every((c) => notificationsOf(c, actor, now).length === 0),
    });
    await throwIfStale(tx, changed, stale);
    messages = lines.map((line, i) => ({ ...line, id: messageIds[i] ?? 0 }));
    if (entries.length > 0) feed.wrote(orgId);
  } else {
    await throwIfStale(tx, changed, await tx.updateConversations(updates));
    messages = await tx.insertMessages(lines);
    await tx.enqueueOutboxMany(outbox);
    await updateMetrics(tx, moved, now, hold);
    await feed.appendMany(feedEntries(changes, (i) => ({ data: { message: messages[i] } })));
  }
  await recordNotifications(tx, feed, changed, actor, now);
  const routed = await routeAfterCommit(tx, feed, changes, now, commitChanges);
  if (undo && !writeAll) await tx.insertUndo(withLines(undo, messages));
  return { messages, routed };
}

/** The undo record with each item's thread lines (none yet, where the store adds them). */
function withLines(undo: UndoDraft, lines: readonly MessageRecord[]): UndoRecord {
  return {
    ...undo,
    items: undo.items.map((item) => ({
      ...item,
      messageIds: lines.filter((m) => m.conversationId === item.conversationId).map((m) => m.id),
    })),
  };
}

async function throwIfStale(
  tx: StoreTx,
  changed: readonly Change[],
  stale: readonly number[],
): Promise<void> {
  const firstStale = changed.find((c) => stale.includes(c.after.id));
  if (!firstStale) return;
  const { before } = firstStale;
  const current = await tx.getConversation(before.orgId, before.id, { forUpdate: true });
  throw conflict(await withContact(tx, current ?? before));
}

/**
 * Per conversation, in the order given: its thread lines, then its new state, then the counts.
 * `line(i)` is the `message.added` entry's part for the i-th thread line.
 */
function feedEntries(
  changes: readonly Change[],
  line: (i: number) => Pick<FeedEntry, 'data'> & { message?: number },
): (FeedEntry & { message?: number })[] {
  const entries: (FeedEntry & { message?: number })[] = [];
  let next = 0;
  for (const { before, after, effects, changed: isChanged } of changes) {
    for (const effect of effects) {
      if (effect.kind !== 'thread_event') continue;
      entries.push({
        orgId: after.orgId,
        type: 'message.added',
        conversationId: after.id,
        ...line(next),
      });
      next += 1;
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
  return entries;
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
