// Reads for a sync (contacts and their conversations) and inbox token rotation.
import type { Contact } from '../../src/domain';
import type { StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int, text } from './decode';
import { reader } from './query-helpers';

type SyncMethods = Pick<StoreTx, 'listContacts' | 'listContactConversations' | 'setInboxToken'>;

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
  };
}

function toContact(row: Row): Contact {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    name: text(row, 'name'),
    email: text(row, 'email'),
  };
}
