// Deletion with Intercom's semantics: the conversation, its messages and its child tickets go;
// its report row stays marked deleted, unless the caller may and does ask to drop it too.
import { forbidden } from '../app-error';
import type { Services } from '../deps';
import { metricsOf } from './commit';
import { inTransaction, type Caller } from './context';
import { loadForUpdate } from './load';

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
    await tx.deleteConversation(caller.orgId, id);
    if (retainMetrics) {
      const metrics = (await tx.getMetrics(caller.orgId, id)) ?? metricsOf(c);
      await tx.saveMetrics({ ...metrics, status: c.status, deleted: true });
    } else {
      await tx.deleteMetrics(caller.orgId, id);
    }
    await feed.append({
      orgId: caller.orgId,
      type: 'conversation.deleted',
      conversationId: id,
      data: { id },
    });
    await feed.append({
      orgId: caller.orgId,
      type: 'counts.changed',
      conversationId: id,
      data: { from: c.status, to: null },
    });
  });
}
