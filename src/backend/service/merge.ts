// `POST /api/conversations/:id/merge` (SPEC 7.8): the domain merges the pair, the store moves the
// source's thread rows into the target, and both conversations, the target's thread line, its
// webhook and report figures (held for the undo window) and the change feed are written in one
// transaction. Undo (service/undo.ts) moves the rows back and restores both as they were.
import { mergeConversations, mergeRestore, undoFields } from '../../domain';
import { notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { UndoItem } from '../store';
import type { ChangeAnswer } from './change-conversation';
import { commitChanges, type Change } from './commit';
import { actorOf, inTransaction, type Caller } from './context';
import { mergedAway, withContact } from './load';

export function mergeConversation(
  svc: Services,
  caller: Caller,
  id: number,
  intoId: number,
): Promise<ChangeAnswer> {
  return inTransaction(svc, async (tx, feed, now) => {
    // Both locked, in id order (the store's promise), so two merges of one pair cannot deadlock.
    const found = await tx.getConversations(caller.orgId, [id, intoId], { forUpdate: true });
    const source = found.find((c) => c.id === id);
    const target = found.find((c) => c.id === intoId);
    // Another org's conversation is as absent as a missing one.
    if (!source || !target) throw notFound();
    if (source.status === 'merged') throw mergedAway(await withContact(tx, source));
    const actor = actorOf(caller);
    const outcome = mergeConversations(source, target, actor, now);
    if (!outcome.ok) throw rejected(outcome.reason);
    const moved = await tx.moveMessages(caller.orgId, source.id, target.id);
    const changes: Change[] = [
      { before: source, after: outcome.source, effects: [], changed: true },
      { before: target, after: outcome.target, effects: outcome.effects, changed: true },
    ];
    const ticket = { token: svc.random(), expiresAt: now + svc.undoWindowMs };
    const { messages: lines, routed } = await commitChanges(tx, feed, changes, actor, now, {
      token: ticket.token,
      until: ticket.expiresAt,
    });
    const items: UndoItem[] = changes.map(({ before, after }) => ({
      conversationId: after.id,
      before: undoFields(before),
      after: undoFields(after),
      messageIds: lines.filter((m) => m.conversationId === after.id).map((m) => m.id),
      restore: mergeRestore(before),
      ...(after.id === source.id ? { moved: { ids: moved, into: target.id } } : {}),
    }));
    await tx.insertUndo({
      ...ticket,
      orgId: caller.orgId,
      agentId: caller.agent.id,
      createdAt: now,
      undoneAt: null,
      items,
    });
    const detail = await withContact(tx, routed.get(target.id) ?? outcome.target);
    return { ...detail, undo: ticket };
  });
}
