// A conversation's thread, and the tickets linked to it as children.
import { AUTHOR_TYPES, MESSAGE_TYPES } from '../../src/domain';
import type { MessageRecord, NewRecord, StoreTx, Ticket } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { firstRow, int, intArray, intOrNull, oneOf, text } from './decode';

type MessageMethods = Pick<
  StoreTx,
  | 'listMessages'
  | 'findMessageByIdempotencyKey'
  | 'insertMessage'
  | 'insertMessages'
  | 'getTicket'
  | 'insertTicket'
>;

const MESSAGE_COLUMNS =
  'id, org_id, conversation_id, type, author_type, author_id, body, created_at, mentions, idempotency_key';

export function messageMethods(db: SqlExecutor): MessageMethods {
  return {
    async listMessages(orgId, conversationId, opts) {
      // Both directions walk messages_thread_time (conversation_id, created_at, id), backwards
      // for the newest: time order, which a merged thread's ids do not follow.
      if (opts.order === 'newest') {
        const { rows } =
          opts.before === undefined
            ? await db.query(
                `SELECT ${MESSAGE_COLUMNS} FROM messages
                 WHERE org_id = $1 AND conversation_id = $2
                 ORDER BY created_at DESC, id DESC LIMIT $3`,
                [orgId, conversationId, opts.limit],
              )
            : await db.query(
                `SELECT ${MESSAGE_COLUMNS} FROM messages
                 WHERE org_id = $1 AND conversation_id = $2 AND (created_at, id) < ($3, $4)
                 ORDER BY created_at DESC, id DESC LIMIT $5`,
                [orgId, conversationId, opts.before.createdAt, opts.before.id, opts.limit],
              );
        return rows.map(toMessage);
      }
      const { rows } =
        opts.after === undefined
          ? await db.query(
              `SELECT ${MESSAGE_COLUMNS} FROM messages
               WHERE org_id = $1 AND conversation_id = $2 ORDER BY created_at, id LIMIT $3`,
              [orgId, conversationId, opts.limit],
            )
          : await db.query(
              `SELECT ${MESSAGE_COLUMNS} FROM messages
               WHERE org_id = $1 AND conversation_id = $2 AND (created_at, id) > ($3, $4)
               ORDER BY created_at, id LIMIT $5`,
              [orgId, conversationId, opts.after.createdAt, opts.after.id, opts.limit],
            );
      return rows.map(toMessage);
    },
    async findMessageByIdempotencyKey(conversationId, key) {
      const { rows } = await db.query(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND idempotency_key = $2`,
        [conversationId, key],
      );
      return rows[0] === undefined ? null : toMessage(rows[0]);
    },
    async insertMessage(m) {
      const { rows } = await db.query(
        `INSERT INTO messages (org_id, conversation_id, type, author_type, author_id, body, created_at, mentions, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::int[], $9) RETURNING ${MESSAGE_COLUMNS}`,
        [
          m.orgId,
          m.conversationId,
          m.type,
          m.authorType,
          m.authorId,
          m.body,
          m.createdAt,
          m.mentions,
          m.idempotencyKey,
        ],
      );
      return toMessage(firstRow(rows));
    },
    async insertMessages(messages) {
      if (messages.length === 0) return [];
      // Inserted in the order given, so ids grow in that order, as one insert after another would.
      const { rows } = await db.query(
        `INSERT INTO messages (org_id, conversation_id, type, author_type, author_id, body, created_at, mentions, idempotency_key)
         SELECT m.org_id, m.conversation_id, m.type, m.author_type, m.author_id, m.body, m.created_at,
           m.mentions, m.idempotency_key
         FROM jsonb_populate_recordset(NULL::messages, $1::jsonb) WITH ORDINALITY AS m
         ORDER BY m.ordinality
         RETURNING ${MESSAGE_COLUMNS}`,
        [JSON.stringify(messages.map(messageRecord))],
      );
      return rows.map(toMessage).sort((a, b) => a.id - b.id);
    },
    async getTicket(orgId, ticketId) {
      const { rows } = await db.query(
        'SELECT id, org_id, conversation_id, title, created_at FROM tickets WHERE org_id = $1 AND id = $2',
        [orgId, ticketId],
      );
      return rows[0] === undefined ? null : toTicket(rows[0]);
    },
    async insertTicket(t) {
      const { rows } = await db.query(
        `INSERT INTO tickets (org_id, conversation_id, title, created_at) VALUES ($1, $2, $3, $4)
         RETURNING id, org_id, conversation_id, title, created_at`,
        [t.orgId, t.conversationId, t.title, t.createdAt],
      );
      return toTicket(firstRow(rows));
    },
  };
}

/** A new message as a `messages` row, for `jsonb_populate_recordset`. */
export function messageRecord(m: NewRecord<MessageRecord>) {
  return {
    org_id: m.orgId,
    conversation_id: m.conversationId,
    type: m.type,
    author_type: m.authorType,
    author_id: m.authorId,
    body: m.body,
    created_at: m.createdAt,
    mentions: m.mentions,
    idempotency_key: m.idempotencyKey,
  };
}

function toMessage(row: Row): MessageRecord {
  const key = row['idempotency_key'];
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    conversationId: int(row, 'conversation_id'),
    type: oneOf(row, 'type', MESSAGE_TYPES),
    authorType: oneOf(row, 'author_type', AUTHOR_TYPES),
    authorId: intOrNull(row, 'author_id'),
    body: text(row, 'body'),
    createdAt: int(row, 'created_at'),
    mentions: intArray(row, 'mentions'),
    idempotencyKey: typeof key === 'string' ? key : null,
  };
}

function toTicket(row: Row): Ticket {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    conversationId: int(row, 'conversation_id'),
    title: text(row, 'title'),
    createdAt: int(row, 'created_at'),
  };
}
