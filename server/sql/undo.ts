// The SQL Store's side of undo: the records of undoable changes, and what an undo removes (the
// change's thread lines, its held webhooks; their deliveries go with them, ON DELETE CASCADE).
import type { StoreTx, UndoItem, UndoRecord } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { array, int, intOrNull, text } from './decode';

type UndoMethods = Pick<
  StoreTx,
  'insertUndo' | 'getUndo' | 'markUndone' | 'deleteMessages' | 'dropHeldOutbox' | 'moveMessages'
>;

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
      // The words moved with the rows: both conversations' search columns are written again.
      await db.query(
        'UPDATE conversations SET search = conversation_search(id) WHERE org_id = $1 AND id IN ($2, $3)',
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
  };
}
