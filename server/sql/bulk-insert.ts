// Store.bulkInsertConversations: thousands of seeded conversations in a few set-based
// statements per batch, instead of four round trips per row. Ids are drawn from the sequences
// first, so every row can name its contact and conversation without relying on RETURNING order.
import type { BulkConversation } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
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
  const c = rows.map((r) => r.conversation);
  const column = <T>(pick: (row: BulkConversation['conversation']) => T) => c.map(pick);

  await db.query(
    `INSERT INTO contacts (id, org_id, name, email)
     SELECT id, $1, name, email FROM unnest($2::int[], $3::text[], $4::text[]) AS t(id, name, email)`,
    [orgId, contactIds, rows.map((r) => r.contact.name), rows.map((r) => r.contact.email)],
  );
  await db.query(
    `INSERT INTO conversations (id, org_id, contact_id, inbox_id, participants, status, channel,
       created_at, updated_at, last_activity_at, related_playbook_id, tags, priority, assignee_id,
       team_id, followers, snoozed_until, links, version, status_before_spam, inactive_notified_at)
     SELECT id, $1, contact_id, inbox_id, participants::int[], status, channel, created_at,
       updated_at, last_activity_at, related_playbook_id, tags::jsonb, priority, assignee_id,
       team_id, followers::int[], snoozed_until, links::jsonb, version, status_before_spam,
       inactive_notified_at
     FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::bigint[],
       $9::bigint[], $10::bigint[], $11::int[], $12::text[], $13::text[], $14::int[], $15::int[],
       $16::text[], $17::bigint[], $18::text[], $19::int[], $20::text[], $21::bigint[])
     AS t(id, contact_id, inbox_id, participants, status, channel, created_at, updated_at,
       last_activity_at, related_playbook_id, tags, priority, assignee_id, team_id, followers,
       snoozed_until, links, version, status_before_spam, inactive_notified_at)`,
    [
      orgId,
      conversationIds,
      contactIds,
      column((x) => x.inboxId),
      // Arrays of arrays must be rectangular in PostgreSQL: each id list travels as its literal.
      column((x) => intArrayLiteral(x.participants)),
      column((x) => x.status),
      column((x) => x.channel),
      column((x) => x.createdAt),
      column((x) => x.updatedAt),
      column((x) => x.lastActivityAt),
      column((x) => x.relatedPlaybookId),
      column((x) => JSON.stringify(x.conversationTags)),
      column((x) => x.priority),
      column((x) => x.assigneeId),
      column((x) => x.teamId),
      column((x) => intArrayLiteral(x.followers)),
      column((x) => x.snoozedUntil),
      column((x) => JSON.stringify(x.links)),
      column((x) => x.version),
      column((x) => x.statusBeforeSpam),
      column((x) => x.inactiveNotifiedAt),
    ],
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

function intArrayLiteral(ids: readonly number[]): string {
  if (!ids.every(Number.isSafeInteger)) throw new TypeError('Expected integer ids');
  return `{${ids.join(',')}}`;
}
