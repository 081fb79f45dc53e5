// Saved replies and attachments in SQL (SPEC 7.4). A file's bytes are a bytea column, read only by
// `readAttachment`; every other query leaves them out.
import type {
  AnswerKeys,
  AttachmentRecord,
  AttachmentWithData,
} from '../../src/backend/answer-store';
import type { StoreTx } from '../../src/backend/store';
import type { SavedReply } from '../../src/domain';
import type { Row, SqlExecutor } from '../db/client';
import { int, intOrNull, text } from './decode';

const REPLY_COLUMNS = 'id, org_id, name, body, created_at, updated_at';
const FILE_COLUMNS =
  'id, org_id, conversation_id, message_id, name, content_type, size, created_at';

export function answerMethods(db: SqlExecutor): Pick<StoreTx, AnswerKeys> {
  return {
    async listSavedReplies(orgId) {
      const { rows } = await db.query(
        `SELECT ${REPLY_COLUMNS} FROM saved_replies WHERE org_id = $1 ORDER BY lower(name), id`,
        [orgId],
      );
      return rows.map(toReply);
    },
    async countSavedReplies(orgId) {
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM saved_replies WHERE org_id = $1',
        [orgId],
      );
      return rows[0] ? int(rows[0], 'n') : 0;
    },
    async getSavedReply(orgId, id) {
      const { rows } = await db.query(
        `SELECT ${REPLY_COLUMNS} FROM saved_replies WHERE org_id = $1 AND id = $2`,
        [orgId, id],
      );
      return rows[0] ? toReply(rows[0]) : null;
    },
    async insertSavedReply(r) {
      const { rows } = await db.query(
        `INSERT INTO saved_replies (org_id, name, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${REPLY_COLUMNS}`,
        [r.orgId, r.name, r.body, r.createdAt, r.updatedAt],
      );
      if (!rows[0]) throw new Error('saved_replies: the insert returned no row');
      return toReply(rows[0]);
    },
    async updateSavedReply(r) {
      await db.query(
        `UPDATE saved_replies SET name = $3, body = $4, updated_at = $5
         WHERE org_id = $1 AND id = $2`,
        [r.orgId, r.id, r.name, r.body, r.updatedAt],
      );
    },
    async deleteSavedReply(orgId, id) {
      await db.query('DELETE FROM saved_replies WHERE org_id = $1 AND id = $2', [orgId, id]);
    },

    async insertAttachment(f) {
      const { rows } = await db.query(
        `INSERT INTO attachments
           (org_id, conversation_id, message_id, name, content_type, size, data, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${FILE_COLUMNS}`,
        [
          f.orgId,
          f.conversationId,
          f.messageId,
          f.name,
          f.contentType,
          f.size,
          f.data,
          f.createdAt,
        ],
      );
      if (!rows[0]) throw new Error('attachments: the insert returned no row');
      return toFile(rows[0]);
    },
    async getAttachments(orgId, ids) {
      if (ids.length === 0) return [];
      const { rows } = await db.query(
        `SELECT ${FILE_COLUMNS} FROM attachments WHERE org_id = $1 AND id = ANY($2::int[]) ORDER BY id`,
        [orgId, [...ids]],
      );
      return rows.map(toFile);
    },
    async attachToMessage(orgId, messageId, ids) {
      if (ids.length === 0) return;
      await db.query(
        'UPDATE attachments SET message_id = $2 WHERE org_id = $1 AND id = ANY($3::int[])',
        [orgId, messageId, [...ids]],
      );
    },
    async listMessageAttachments(orgId, messageIds) {
      if (messageIds.length === 0) return [];
      const { rows } = await db.query(
        `SELECT ${FILE_COLUMNS} FROM attachments
         WHERE org_id = $1 AND message_id = ANY($2::int[]) ORDER BY id`,
        [orgId, [...messageIds]],
      );
      return rows.map(toFile);
    },
    async readAttachment(orgId, id) {
      const { rows } = await db.query(
        `SELECT ${FILE_COLUMNS}, data FROM attachments WHERE org_id = $1 AND id = $2`,
        [orgId, id],
      );
      const row = rows[0];
      return row ? toFileWithData(row) : null;
    },
  };
}

function toReply(row: Row): SavedReply {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    name: text(row, 'name'),
    body: text(row, 'body'),
    createdAt: int(row, 'created_at'),
    updatedAt: int(row, 'updated_at'),
  };
}

function toFile(row: Row): AttachmentRecord {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    conversationId: int(row, 'conversation_id'),
    messageId: intOrNull(row, 'message_id'),
    name: text(row, 'name'),
    contentType: text(row, 'content_type'),
    size: int(row, 'size'),
    createdAt: int(row, 'created_at'),
  };
}

function toFileWithData(row: Row): AttachmentWithData {
  const data = row['data'];
  // pg answers a Buffer, PGlite a Uint8Array: both are Uint8Arrays.
  if (!(data instanceof Uint8Array)) throw new TypeError('Column data: expected bytea');
  return { ...toFile(row), data };
}
