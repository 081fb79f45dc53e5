// Reads for links between conversations and tickets (side conversations).
import type { StoreTx } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int } from './decode';

export function linkMethods(
  db: SqlExecutor,
): Pick<StoreTx, 'ticketIdsOf' | 'conversationsLinkingTo'> {
  return {
    async ticketIdsOf(orgId, conversationId) {
      const { rows } = await db.query(
        'SELECT id FROM tickets WHERE org_id = $1 AND conversation_id = $2 ORDER BY id',
        [orgId, conversationId],
      );
      return rows.map((row) => int(row, 'id'));
    },
    async conversationsLinkingTo(orgId, links) {
      if (links.length === 0) return [];
      // `links @> [link]` for any of them; a scan of the org's rows, as deletion and linking are
      // rare actions and an index on every conversation's links would cost each write.
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
         WHERE c.org_id = $1
           AND c.links @> ANY (SELECT jsonb_build_array(l) FROM jsonb_array_elements($2::jsonb) l)
         ORDER BY c.id FOR UPDATE`,
        [orgId, JSON.stringify(links.map((l) => ({ type: l.type, id: l.id })))],
      );
      return rows.map(toConversation);
    },
  };
}
