// The memory Store's batch writes (bulk changes): each one is its single-row method in a loop,
// which is what the SQL Store's set-based statements must match.
import type { StoreTx } from '../store';

export type BatchKeys =
  | 'updateConversations'
  | 'insertMessages'
  | 'getMetricsOf'
  | 'saveMetricsMany'
  | 'enqueueOutboxMany'
  | 'appendChanges';

type Singles = Pick<
  StoreTx,
  | 'updateConversation'
  | 'insertMessage'
  | 'getMetrics'
  | 'saveMetrics'
  | 'enqueueOutbox'
  | 'appendChange'
>;

export function batchMethods(tx: Singles): Pick<StoreTx, BatchKeys> {
  return {
    async updateConversations(updates) {
      const stale: number[] = [];
      for (const { conversation, expectedVersion } of updates) {
        if (!(await tx.updateConversation(conversation, expectedVersion)))
          stale.push(conversation.id);
      }
      return stale;
    },
    async insertMessages(messages) {
      const saved = [];
      for (const m of messages) saved.push(await tx.insertMessage(m));
      return saved;
    },
    async getMetricsOf(orgId, conversationIds) {
      const found = [];
      for (const id of new Set(conversationIds)) {
        const m = await tx.getMetrics(orgId, id);
        if (m) found.push(m);
      }
      return found;
    },
    async saveMetricsMany(metrics) {
      for (const m of metrics) await tx.saveMetrics(m);
    },
    async enqueueOutboxMany(entries) {
      for (const entry of entries) await tx.enqueueOutbox(entry);
    },
    async appendChanges(events) {
      const saved = [];
      for (const event of events) saved.push(await tx.appendChange(event));
      return saved;
    },
  };
}
