// Store.bulkInsertConversations: thousands of seeded conversations in a few set-based
// statements per batch, instead of four round trips per row. Ids are drawn from the sequences
// first, so every row can name its contact and conversation without relying on RETURNING order.
import type { BulkConversation } from '../../src/backend/store';
import type { Conversation } from '../../src/domain';
import type { SqlExecutor } from '../db/client';
import { conversationUnnest } from './conversation-row';
import { int } from './decode';

export async function bulkInsertConversations(
  db: SqlExecutor,
  orgId: number,
  rows: readonly BulkConversation[],
): Promise<void> {
  if (rows.length === 0) return;
  const contactIds = await takeIds(db, 'contacts', rows.length);
  const conversationIds = await takeIds(db, 'conversations', rows.length);
  const messageIds = await takeIds(db, 'messages', rows.length);
  await db.query(
    `INSERT INTO contacts (id, org_id, name, email)
     SELECT id, $1, name, email FROM unnest($2::int[], $3::text[], $4::text[]) AS t(id, name, email)`,
    [orgId, contactIds, rows.map((r) => r.contact.name), rows.map((r) => r.contact.email)],
  );
  const conversations = rows.map((r, i): Conversation => ({
    ...r.conversation,
    id: at(conversationIds, i),
    orgId,
    contactId: at(contactIds, i),
  }));
  const { columns, selected, arrays, values } = conversationUnnest(1, conversations);
  await db.query(
    `INSERT INTO conversations (${columns}) SELECT ${selected} FROM unnest(${arrays}) AS t(${columns})`,
    values,
  );
  await db.query(
    `INSERT INTO messages (id, org_id, conversation_id, type, author_type, author_id, body, created_at)
     SELECT id, $1, conversation_id, 'chat', 'contact', author_id, body, created_at
     FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::bigint[])
     AS t(id, conversation_id, author_id, body, created_at)`,
    [
      orgId,
      messageIds,
      conversationIds,
      contactIds,
      rows.map((r) => r.message.body),
      rows.map((r) => r.message.createdAt),
    ],
  );
  // The metrics row every new conversation gets (the service's metricsOf).
  await db.query(
    `INSERT INTO conversation_metrics (conversation_id, org_id, channel, status, created_at, closed_at)
     SELECT id, $1, channel, status, created_at,
       CASE WHEN status = 'closed' THEN updated_at END
     FROM conversations WHERE id = ANY($2::int[])`,
    [orgId, conversationIds],
  );
}

async function takeIds(
  db: SqlExecutor,
  table: 'contacts' | 'conversations' | 'messages',
  n: number,
) {
  const { rows } = await db.query(
    `SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id FROM generate_series(1, $2)`,
    [table, n],
  );
  return rows.map((row) => int(row, 'id')).sort((a, b) => a - b);
}

function at(ids: readonly number[], i: number): number {
  const id = ids[i];
  if (id === undefined) throw new Error('Fewer ids than rows');
  return id;
}
