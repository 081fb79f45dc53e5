// The SQL Store's side of undo: the records of undoable changes, and what an undo removes (the
// change's thread lines, its held webhooks, their deliveries going with them ON DELETE CASCADE,
// and its held report figures).
import { STATUSES } from '../../src/domain';
import type { HeldMetrics, StoreTx, UndoItem, UndoRecord } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { array, firstRow, int, intOrNull, oneOf, text } from './decode';

type UndoMethods = Pick<
  StoreTx,
  | 'insertUndo'
  | 'getUndo'
  | 'markUndone'
  | 'deleteMessages'
  | 'dropHeldOutbox'
  | 'moveMessages'
  | 'holdMetrics'
  | 'takeHeldMetrics'
  | 'dropHeldMetrics'
  | 'releaseHeldMetrics'
  | 'pruneUndo'
>;

const HELD_COLUMNS = 'conversation_id, org_id, held_by, release_at, status, closed_at';

function toHeld(row: Row): HeldMetrics {
  return {
    conversationId: int(row, 'conversation_id'),
    orgId: int(row, 'org_id'),
    token: text(row, 'held_by'),
    releaseAt: int(row, 'release_at'),
    status: oneOf(row, 'status', STATUSES),
    closedAt: intOrNull(row, 'closed_at'),
  };
}

const UNDO_COLUMNS = 'token, org_id, agent_id, created_at, expires_at, undone_at, items';

function toUndo(row: Row): UndoRecord {
  return {
    token: text(row, 'token'),
    orgId: int(row, 'org_id'),
    agentId: int(row, 'agent_id'),
    createdAt: int(row, 'created_at'),
    expiresAt: int(row, 'expires_at'),
    undoneAt: intOrNull(row, 'undone_at'),
    // Written by insertUndo below from the same type, never by anything else.
    items: array(row, 'items') as UndoItem[],
  };
}

export function undoMethods(db: SqlExecutor): UndoMethods {
  return {
    async insertUndo(record) {
      await db.query(
        `INSERT INTO undo_changes (${UNDO_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
        [
          record.token,
          record.orgId,
          record.agentId,
          record.createdAt,
          record.expiresAt,
          record.undoneAt,
          JSON.stringify(record.items),
        ],
      );
    },
    async getUndo(token, opts = {}) {
      const { rows } = await db.query(
        `SELECT ${UNDO_COLUMNS} FROM undo_changes WHERE token = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
        [token],
      );
      return rows[0] === undefined ? null : toUndo(rows[0]);
    },
    async markUndone(token, at) {
      await db.query('UPDATE undo_changes SET undone_at = $2 WHERE token = $1', [token, at]);
    },
    async deleteMessages(orgId, ids) {
      if (ids.length === 0) return;
      await db.query('DELETE FROM messages WHERE org_id = $1 AND id = ANY($2::int[])', [
        orgId,
        ids,
      ]);
    },
    async moveMessages(orgId, fromId, toId, ids) {
      const { rows } = await db.query(
        `UPDATE messages SET conversation_id = $3
         WHERE org_id = $1 AND conversation_id = $2${ids ? ' AND id = ANY($4::int[])' : ''}
         RETURNING id`,
        ids ? [orgId, fromId, toId, ids] : [orgId, fromId, toId],
      );
      // The words moved with the rows: both conversations' search words are written again.
      await db.query(
        `UPDATE conversation_search SET search = conversation_search(conversation_id)
         WHERE org_id = $1 AND conversation_id IN ($2, $3)`,
        [orgId, fromId, toId],
      );
      return rows.map((row) => int(row, 'id')).sort((a, b) => a - b);
    },
    async dropHeldOutbox(orgId, token) {
      await db.query('DELETE FROM webhook_outbox WHERE org_id = $1 AND held_by = $2', [
        orgId,
        token,
      ]);
    },
    async holdMetrics(rows) {
      const unique = [...new Map(rows.map((r) => [r.conversationId, r])).values()];
      if (unique.length === 0) return;
      await db.query(
        `INSERT INTO held_metrics (${HELD_COLUMNS})
         SELECT ${HELD_COLUMNS} FROM jsonb_populate_recordset(NULL::held_metrics, $1::jsonb)
         ORDER BY conversation_id
         ON CONFLICT (conversation_id) DO UPDATE SET org_id = EXCLUDED.org_id,
           held_by = EXCLUDED.held_by, release_at = EXCLUDED.release_at,
           status = EXCLUDED.status, closed_at = EXCLUDED.closed_at`,
        [
          JSON.stringify(
            unique.map((r) => ({
              conversation_id: r.conversationId,
              org_id: r.orgId,
              held_by: r.token,
              release_at: r.releaseAt,
              status: r.status,
              closed_at: r.closedAt,
            })),
          ),
        ],
      );
    },
    async takeHeldMetrics(orgId, ids) {
      if (ids.length === 0) return [];
      const { rows } = await db.query(
        `DELETE FROM held_metrics WHERE org_id = $1 AND conversation_id = ANY($2::int[])
         RETURNING ${HELD_COLUMNS}`,
        [orgId, [...new Set(ids)]],
      );
      return rows.map(toHeld);
    },
    async dropHeldMetrics(orgId, token) {
      await db.query('DELETE FROM held_metrics WHERE org_id = $1 AND held_by = $2', [orgId, token]);
    },
    async releaseHeldMetrics(now, orgId) {
      // A data-modifying WITH runs whether or not the outer query reads it.
      const { rows } = await db.query(
        `WITH due AS (
           DELETE FROM held_metrics WHERE release_at < $1 AND ($2::int IS NULL OR org_id = $2)
           RETURNING conversation_id, org_id, status, closed_at
         ),
         applied AS (
           UPDATE conversation_metrics AS m SET status = due.status, closed_at = due.closed_at
           FROM due WHERE m.conversation_id = due.conversation_id AND m.org_id = due.org_id
           RETURNING m.conversation_id
         )
         SELECT count(*)::int AS released FROM due`,
        [now, orgId ?? null],
      );
      return int(firstRow(rows), 'released');
    },
    async pruneUndo(createdBefore) {
      const { rows } = await db.query(
        `WITH gone AS (DELETE FROM undo_changes WHERE created_at < $1 RETURNING 1)
         SELECT count(*)::int AS removed FROM gone`,
        [createdBefore],
      );
      return int(firstRow(rows), 'removed');
    },
  };
}
