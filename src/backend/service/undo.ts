// Undo (SPEC 7.2): an undoable change records, in the database, what it replaced; `POST /api/undo`
// puts exactly that back (status, snooze, spam memory, `updatedAt`), removes the change's thread
// lines, and drops its held webhooks and report figures. It is not a new change: nothing
// of it, nor of the undo, is left for a list, a report or a subscriber to see.
import type { UndoTicket } from '../../api';
import {
  applyUndo,
  type Conversation,
  movedUndoFields,
  touchedSince,
  undoFields,
} from '../../domain';
import { AppError, forbidden, notFound } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx, UndoRecord } from '../store';
import { commitChanges, type Change, type Committed } from './commit';
import { actorOf, inTransaction, type Caller, type Feed, type FeedEntry } from './context';
import { explainRefusal } from './undo-refusal';

/**
 * Commits the changes; where one moved what undo puts back, the webhooks and report figures wait
 * out the window and the answer carries the ticket to undo them all.
 */
export async function commitUndoable(
  svc: Services,
  tx: StoreTx,
  feed: Feed,
  caller: Caller,
  changes: readonly Change[],
  now: number,
): Promise<{ undo: UndoTicket | null; routed: Committed['routed'] }> {
  const moved = changes.filter((c) => c.changed && movedUndoFields(c.before, c.after));
  if (moved.length === 0) {
    const { routed } = await commitChanges(tx, feed, changes, actorOf(caller), now);
    return { undo: null, routed };
  }
  const ticket = { token: svc.random(), expiresAt: now + svc.undoWindowMs };
  const { routed } = await commitChanges(
    tx,
    feed,
    changes,
    actorOf(caller),
    now,
    { token: ticket.token, until: ticket.expiresAt },
    {
      ...ticket,
      orgId: caller.orgId,
      agentId: caller.agent.id,
      createdAt: now,
      undoneAt: null,
      // Each item's thread lines are added by the commit that writes them.
      items: moved.map(({ before, after }) => ({
        conversationId: after.id,
        before: undoFields(before),
        after: undoFields(after),
      })),
    },
  );
  return { undo: ticket, routed };
}

async function openRecord(tx: StoreTx, caller: Caller, token: string, now: number) {
  const record = await tx.getUndo(token, { forUpdate: true });
  // Another org's token is as unknown as a made-up one.
  if (!record || record.orgId !== caller.orgId) throw notFound('Undo');
  if (record.agentId !== caller.agent.id)
    throw forbidden('Only the agent who made this change can undo it.');
  if (record.undoneAt !== null) throw new AppError('gone', 'This change was already undone.');
  if (now > record.expiresAt)
    throw new AppError('gone', 'Too late to undo: the change is final now.');
  return record;
}

export function undoChange(svc: Services, caller: Caller, token: string): Promise<Conversation[]> {
  return inTransaction(svc, async (tx, feed, now) => {
    const record: UndoRecord = await openRecord(tx, caller, token, now);
    const found = await tx.getConversations(
      caller.orgId,
      record.items.map((i) => i.conversationId),
      { forUpdate: true },
    );
    const pairs = record.items.map((item) => ({
      item,
      current: found.find((c) => c.id === item.conversationId),
    }));
    const touched = pairs.filter(
      ({ item, current }) => !current || touchedSince(current, item.after),
    );
    if (touched.length > 0) {
      const { message, failed } = await explainRefusal(tx, touched, record.items.length === 1);
      throw new AppError('conflict', message, { failed });
    }
    const restored = pairs.flatMap(({ item, current }) =>
      current ? [{ current, next: applyUndo(current, item.before, item.restore), item }] : [],
    );
    // The rows are locked since they were read: every version is still the one read.
    await tx.updateConversations(
      restored.map(({ current, next }) => ({
        conversation: next,
        expectedVersion: current.version,
      })),
    );
    await tx.deleteMessages(
      caller.orgId,
      record.items.flatMap((i) => i.messageIds),
    );
    // A merge's thread rows go back to the conversation they came from.
    for (const { conversationId, moved } of record.items) {
      if (moved) await tx.moveMessages(caller.orgId, moved.into, conversationId, moved.ids);
    }
    // Its webhooks and report figures were held: dropped, they were never sent nor counted.
    await tx.dropHeldOutbox(caller.orgId, token);
    await tx.dropHeldMetrics(caller.orgId, token);
    await tx.markUndone(token, now);
    const entries: FeedEntry[] = restored.flatMap(({ current, next }) => [
      {
        orgId: next.orgId,
        type: 'conversation.changed' as const,
        conversationId: next.id,
        data: { conversation: next },
      },
      ...(current.status === next.status
        ? []
        : [
            {
              orgId: next.orgId,
              type: 'counts.changed' as const,
              conversationId: next.id,
              data: { from: current.status, to: next.status },
            },
          ]),
    ]);
    await feed.appendMany(entries);
    return restored.map(({ next }) => next);
  });
}
