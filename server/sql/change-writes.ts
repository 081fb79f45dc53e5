// StoreTx.writeChanges: every write of one commit (a bulk change of 25 conversations, say) in one
// statement of data-modifying CTEs, the function parley_write_changes (migration 0018), instead of
// one round trip per kind of row; as a function, its plan is kept by the session (PGlite would
// plan it anew every time it is sent). The steps and their results are those of the separate
// methods: updateConversations (conversation-batch.ts), insertMessages (messages.ts),
// enqueueOutboxMany (webhooks.ts), the report figures of commitChanges' updateMetrics (metrics.ts,
// undo.ts), appendChanges (changes.ts) and insertUndo (undo.ts). Outside a transaction (Store.optimistic)
// the call is all or nothing (migration 0019).
import type { ChangeWrites, StoreTx } from '../../src/backend/store';
import { WRITES, type SqlExecutor } from '../db/client';
import { LOCK_KEYS } from '../db/lock-keys';
import { conversationRecord } from './conversation-row';
import { firstRow, intArray } from './decode';
import { messageRecord } from './messages';
import { NeedsTransaction, type OptimisticExecutor } from './optimistic';

// $15: all or nothing (migration 0019), where the call is the change's only write.
const WRITE_CHANGES = `${WRITES} SELECT stale_ids, line_ids
  FROM parley_write_changes($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;

/**
 * `optimistic`: the change read its rows unlocked, outside a transaction (server/sql/optimistic.ts):
 * a write with nothing after it (`last`) is made all or nothing on its own, and any other needs
 * the transaction after all.
 */
export function changeWriteMethods(
  db: SqlExecutor,
  feedLocked: Set<number>,
  optimistic?: OptimisticExecutor,
): Required<Pick<StoreTx, 'writeChanges'>> {
  return {
    async writeChanges(w: ChangeWrites) {
      if (optimistic && !w.last) throw new NeedsTransaction('a write with more after it');
      // One report row per conversation (the last given wins, as saving in turn would).
      const moved = [...new Map(w.moved.map((m) => [m.fallback.conversationId, m])).values()];
      const run = optimistic ? optimistic.writeLast.bind(optimistic) : db.query.bind(db);
      const { rows } = await run(WRITE_CHANGES, [
        w.orgId,
        JSON.stringify(w.updates.map((u) => conversationRecord(u.conversation))),
        w.updates.map((u) => u.conversation.id),
        w.updates.map((u) => u.expectedVersion),
        JSON.stringify(w.messages.map(messageRecord)),
        JSON.stringify(
          w.outbox.map((entry) => ({
            conversation_id: entry.conversationId,
            payload: entry.payload,
          })),
        ),
        JSON.stringify(
          moved.map(({ fallback: f, status }) => ({
            conversation_id: f.conversationId,
            org_id: f.orgId,
            channel: f.channel,
            status: f.status,
            created_at: f.createdAt,
            first_response_at: f.firstResponseAt,
            closed_at: f.closedAt,
            deleted: f.deleted,
            next_status: status,
          })),
        ),
        w.now,
        w.hold?.token ?? null,
        w.hold?.until ?? null,
        JSON.stringify(
          w.feed.map((e) => ({
            type: e.type,
            conversation_id: e.conversationId,
            data: e.data ?? null,
            message: e.message ?? null,
          })),
        ),
        LOCK_KEYS.feed,
        w.undo === null ? null : JSON.stringify(w.undo),
        moved.map((m) => m.fallback.conversationId),
        optimistic !== undefined,
      ]);
      if (w.feed.length > 0) feedLocked.add(w.orgId);
      const row = firstRow(rows);
      return { stale: intArray(row, 'stale_ids'), messageIds: intArray(row, 'line_ids') };
    },
  };
}
