// Each agent's notifications (SPEC 7.5).
import { NOTIFICATION_KINDS } from '../../src/api';
import type { ListedNotification, NotificationRecord, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { int, intOrNull, oneOf, text } from './decode';
import { reader } from './query-helpers';

type NotificationMethods = Pick<
  StoreTx,
  'insertNotifications' | 'listNotifications' | 'countUnreadNotifications' | 'readNotifications'
>;

/** A notification's columns, and its conversation's contact's name. */
const LISTED = `n.id, n.org_id, n.agent_id, n.kind, n.conversation_id, n.created_at, n.read_at,
  ct.name AS contact_name`;

export function notificationMethods(db: SqlExecutor): NotificationMethods {
  const { many, returning } = reader(db);
  return {
    async insertNotifications(rows) {
      if (rows.length === 0) return;
      await db.query(
        `INSERT INTO notifications (org_id, agent_id, kind, conversation_id, created_at)
         SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::bigint[])`,
        [
          rows.map((r) => r.orgId),
          rows.map((r) => r.agentId),
          rows.map((r) => r.kind),
          rows.map((r) => r.conversationId),
          rows.map((r) => r.createdAt),
        ],
      );
    },
    listNotifications: (orgId, agentId, limit) =>
      many(
        `SELECT ${LISTED} FROM notifications n
         JOIN conversations c ON c.id = n.conversation_id
         JOIN contacts ct ON ct.id = c.contact_id
         WHERE n.org_id = $1 AND n.agent_id = $2
         ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
        [orgId, agentId, limit],
        (row): ListedNotification => ({
          ...toNotification(row),
          contactName: text(row, 'contact_name'),
        }),
      ),
    countUnreadNotifications: (orgId, agentId) =>
      returning(
        `SELECT count(*)::int AS n FROM notifications
         WHERE org_id = $1 AND agent_id = $2 AND read_at IS NULL`,
        [orgId, agentId],
        (row) => int(row, 'n'),
      ),
    readNotifications: (orgId, agentId, ids, at) =>
      returning(
        `WITH read AS (
           UPDATE notifications SET read_at = $3
           WHERE org_id = $1 AND agent_id = $2 AND read_at IS NULL
             AND ($4::int[] IS NULL OR id = ANY($4::int[]))
           RETURNING 1)
         SELECT count(*)::int AS n FROM read`,
        [orgId, agentId, at, ids === 'all' ? null : [...ids]],
        (row) => int(row, 'n'),
      ),
  };
}

function toNotification(row: Row): NotificationRecord {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    agentId: int(row, 'agent_id'),
    kind: oneOf(row, 'kind', NOTIFICATION_KINDS),
    conversationId: int(row, 'conversation_id'),
    createdAt: int(row, 'created_at'),
    readAt: intOrNull(row, 'read_at'),
  };
}
