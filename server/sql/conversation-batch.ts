// Saving many conversations in one statement (bulk changes), each guarded by its own version.
import type { StoreTx } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import {
  CONVERSATION_VALUE_COLUMNS,
  conversationRecord,
  conversationValueColumns,
} from './conversation-row';
import { int } from './decode';

const ASSIGNED = conversationValueColumns('i.');

export function conversationBatchMethods(db: SqlExecutor): Pick<StoreTx, 'updateConversations'> {
  return {
    async updateConversations(updates) {
      if (updates.length === 0) return [];
      const { rows } = await db.query(
        `WITH input AS (
           SELECT r.*, e.expected
           FROM jsonb_populate_recordset(NULL::conversations, $1::jsonb) r
           JOIN unnest($2::int[], $3::int[]) AS e(id, expected) ON e.id = r.id
         ), saved AS (
           UPDATE conversations t SET (${CONVERSATION_VALUE_COLUMNS}) = ROW(${ASSIGNED})
           FROM input i
           WHERE t.org_id = i.org_id AND t.id = i.id AND t.version = i.expected
           RETURNING t.id
         )
         SELECT u.id FROM unnest($2::int[]) AS u(id) WHERE u.id NOT IN (SELECT id FROM saved)`,
        [
          JSON.stringify(updates.map((u) => conversationRecord(u.conversation))),
          updates.map((u) => u.conversation.id),
          updates.map((u) => u.expectedVersion),
        ],
      );
      return rows.map((row) => int(row, 'id'));
    },
  };
}
