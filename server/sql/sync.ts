// Reads for a sync (contacts and their conversations), inbox token rotation, and the answers
// kept for idempotency keys.
import type { StoreTx } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import { toContact } from './contacts';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int, json, text } from './decode';
import { reader } from './query-helpers';

type SyncMethods = Pick<
  StoreTx,
  | 'listContacts'
  | 'listContactConversations'
  | 'setInboxToken'
  | 'findIdempotentAnswer'
  | 'saveIdempotentAnswer'
>;

export function syncMethods(db: SqlExecutor): SyncMethods {
  const { one, many } = reader(db);
  return {
    listContacts: (orgId, afterId, limit) =>
      many(
        `SELECT id, org_id, name, email FROM contacts WHERE org_id = $1 AND id > $2
         ORDER BY id LIMIT $3`,
        [orgId, afterId, limit],
        toContact,
      ),
    listContactConversations: (orgId, contactId, limit) =>
      many(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
         WHERE c.org_id = $1 AND c.contact_id = $2
         ORDER BY c.updated_at DESC, c.id DESC LIMIT $3`,
        [orgId, contactId, limit],
        toConversation,
      ),
    setInboxToken: (orgId, inboxId, token) =>
      one(
        `UPDATE inboxes SET token = $3 WHERE org_id = $1 AND id = $2
         RETURNING id, org_id, name, token`,
        [orgId, inboxId, token],
        (row) => ({
          id: int(row, 'id'),
          orgId: int(row, 'org_id'),
          name: text(row, 'name'),
          token: text(row, 'token'),
        }),
      ),
    findIdempotentAnswer: (orgId, agentId, key) =>
      one(
        `SELECT route, answer FROM idempotent_answers
         WHERE org_id = $1 AND agent_id = $2 AND key = $3`,
        [orgId, agentId, key],
        (row) => ({ route: text(row, 'route'), answer: json(row, 'answer') }),
      ),
    async saveIdempotentAnswer(e, forgetBefore) {
      await db.query('DELETE FROM idempotent_answers WHERE created_at < $1', [forgetBefore]);
      await db.query(
        `INSERT INTO idempotent_answers (org_id, agent_id, key, route, answer, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT DO NOTHING`,
        [e.orgId, e.agentId, e.key, e.route, JSON.stringify(e.answer), e.createdAt],
      );
    },
  };
}
