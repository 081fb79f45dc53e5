// Deletion with Intercom's semantics: the conversation, its messages, its child tickets and its
// side conversations go; its report row stays marked deleted, unless the caller may and does ask
// to drop it too. A side conversation goes only with its parent.
import type { Conversation, Link } from '../../domain';
import { forbidden } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx } from '../store';
import { metricsOf } from './commit';
import { inTransaction, type Caller, type Feed } from './context';
import { loadForUpdate } from './load';
import { dropDanglingLinks, familyOf, refuseDeletingChild } from './side-conversations';

async function deleteOne(
  tx: StoreTx,
  feed: Feed,
  c: Conversation,
  retainMetrics: boolean,
): Promise<Link[]> {
  const tickets = await tx.ticketIdsOf(c.orgId, c.id);
  await tx.deleteConversation(c.orgId, c.id);
  // A change still in its undo window can no longer be undone: its held figures are final.
  const [held] = await tx.takeHeldMetrics(c.orgId, [c.id]);
  if (retainMetrics) {
    const metrics = (await tx.getMetrics(c.orgId, c.id)) ?? metricsOf(c);
    const closedAt = held ? held.closedAt : metrics.closedAt;
    await tx.saveMetrics({ ...metrics, status: c.status, closedAt, deleted: true });
  } else {
    await tx.deleteMetrics(c.orgId, c.id);
  }
  await feed.append({
    orgId: c.orgId,
    type: 'conversation.deleted',
    conversationId: c.id,
    data: { id: c.id },
  });
  await feed.append({
    orgId: c.orgId,
    type: 'counts.changed',
    conversationId: c.id,
    data: { from: c.status, to: null },
  });
  return [
    { type: 'conversation', id: c.id },
    ...tickets.map((id) => ({ type: 'ticket' as const, id })),
  ];
}

export function deleteConversation(
  svc: Services,
  caller: Caller,
  id: number,
  retainMetrics: boolean,
): Promise<void> {
  if (caller.agent.role !== 'admin') {
    return Promise.reject(forbidden('Only admins can delete conversations.'));
  }
  if (!retainMetrics && !caller.agent.canDeleteMetrics) {
    return Promise.reject(
      forbidden('You need the delete_conversations_and_metrics permission to delete metrics.'),
    );
  }
  return inTransaction(svc, async (tx, feed) => {
    const c = await loadForUpdate(tx, caller.orgId, id);
    await refuseDeletingChild(tx, c);
    const gone: Link[] = [];
    for (const member of await familyOf(tx, c)) {
      gone.push(...(await deleteOne(tx, feed, member, retainMetrics)));
    }
    await dropDanglingLinks(tx, feed, caller.orgId, gone);
  });
}
