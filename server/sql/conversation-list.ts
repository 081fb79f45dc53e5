// The inbox list: one status view, keyset-paged on its order's key and id, with optional filters.
// Only fixed SQL fragments are concatenated; every value travels as a parameter.
import { AUTHOR_TYPES, FILTER_FIELDS, MESSAGE_TYPES, STATUSES } from '../../src/domain';
import type { ConversationFilter, ConversationStatus } from '../../src/domain';
import type { ConversationQuery, ConversationRow, CountQuery } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int, oneOf, text } from './decode';
import { listOrder } from './list-order';
import { searchSql } from './search';

export type Param = (value: unknown) => string;

/**
 * The WHERE condition of each field of the domain's filter (see matchesFilter, which the memory
 * Store runs), or null where the query leaves it out: a new field of ConversationFilter needs an
 * entry here before this compiles.
 */
const FILTER_SQL: Record<
  keyof ConversationFilter,
  (query: CountQuery, param: Param) => string | null
> = {
  // The view reaches a store as the statuses it holds.
  view: ({ statuses }, param) => statusCondition(statuses, param),
  tag: ({ tag }, param) =>
    tag === undefined ? null : `tag_keys(c.tags) @> ARRAY[${param(tag.toLowerCase())}::text]`,
  assignee: ({ assignee }, param) => {
    if (assignee === undefined) return null;
    return assignee === 'none' ? 'c.assignee_id IS NULL' : `c.assignee_id = ${param(assignee)}`;
  },
  q: ({ q }, param) => searchSql(q, param)?.condition ?? null,
  channel: ({ channel }, param) => (channel === undefined ? null : `c.channel = ${param(channel)}`),
  priority: ({ priority }, param) =>
    priority === undefined ? null : `c.priority = ${param(priority)}`,
  team: ({ team }, param) => {
    if (team === undefined) return null;
    return team === 'none' ? 'c.team_id IS NULL' : `c.team_id = ${param(team)}`;
  },
  // A semi-join through the GIN index on notes' mentions, not a probe per conversation.
  mentions: ({ mentions }, param) =>
    mentions === undefined
      ? null
      : `c.id IN (SELECT m.conversation_id FROM messages m
          WHERE m.org_id = $1 AND m.type = 'note' AND m.mentions @> ARRAY[${param(mentions)}::int])`,
  updatedSince: ({ updatedSince }, param) =>
    updatedSince === undefined ? null : `c.updated_at >= ${param(updatedSince)}`,
};

/** The org's condition and each set filter's, with their parameters ($1 is the org). */
function whereOf(
  orgId: number,
  query: CountQuery,
): { where: string[]; params: unknown[]; param: Param } {
  const params: unknown[] = [orgId];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const where = ['c.org_id = $1'];
  for (const field of FILTER_FIELDS) {
    const condition = FILTER_SQL[field](query, param);
    if (condition !== null) where.push(condition);
  }
  return { where, params, param };
}

export async function countConversations(
  db: SqlExecutor,
  orgId: number,
  query: CountQuery,
): Promise<number> {
  if (query.statuses.length === 0) return 0;
  const { where, params } = whereOf(orgId, query);
  const { rows } = await db.query(
    `SELECT count(*) AS n FROM conversations c WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0] ? int(rows[0], 'n') : 0;
}

export async function listConversations(
  db: SqlExecutor,
  orgId: number,
  query: ConversationQuery,
): Promise<ConversationRow[]> {
  if (query.statuses.length === 0) return [];
  const { where, params, param } = whereOf(orgId, query);
  const order = listOrder(query, param);
  if (order.after !== null) where.push(order.after);

  const { rows } = await db.query(
    `SELECT ${CONVERSATION_COLUMNS}, ct.name AS contact_name, ct.email AS contact_email,
       lm.type AS last_type, lm.author_type AS last_author_type, lm.body AS last_body,
       lm.created_at AS last_created_at, cm.body AS contact_body,
       cm.created_at AS contact_created_at${order.rank === null ? '' : `, ${order.rank} AS rank`}
     FROM conversations c
     JOIN contacts ct ON ct.id = c.contact_id
     LEFT JOIN LATERAL (
       SELECT m.type, m.author_type, m.body, m.created_at FROM messages m
       WHERE m.conversation_id = c.id AND m.type <> 'event'
       ORDER BY m.id DESC LIMIT 1
     ) lm ON true
     LEFT JOIN LATERAL (
       SELECT m.body, m.created_at FROM messages m
       WHERE m.conversation_id = c.id AND m.author_type = 'contact'
       ORDER BY m.id DESC LIMIT 1
     ) cm ON true
     WHERE ${where.join(' AND ')}
     ORDER BY ${order.orderBy}
     LIMIT ${param(query.limit)}`,
    params,
  );
  return rows.map(toRow);
}

/** Not in the `all` view; merged conversations are in no view at all. */
const OUTSIDE_ALL: readonly ConversationStatus[] = ['spam', 'merged'];

/**
 * The `all` view is written as `NOT IN ('spam', 'merged')`, the predicate of its partial index
 * (migration 0013), so that the planner can use it.
 */
function statusCondition(statuses: readonly ConversationStatus[], param: Param): string {
  const wanted = new Set(statuses);
  const all =
    OUTSIDE_ALL.every((s) => !wanted.has(s)) &&
    STATUSES.every((s) => OUTSIDE_ALL.includes(s) || wanted.has(s));
  if (all) return "c.status NOT IN ('spam', 'merged')";
  if (wanted.size === 1) return `c.status = ${param(statuses[0])}`;
  return `c.status = ANY(${param([...wanted])}::text[])`;
}

function toRow(row: Row): ConversationRow {
  const rank = row['rank'];
  return {
    ...toConversation(row),
    ...(rank === undefined || rank === null ? {} : { rank: Number(rank) }),
    contact: {
      id: int(row, 'contact_id'),
      name: text(row, 'contact_name'),
      email: text(row, 'contact_email'),
    },
    lastMessage:
      row['last_type'] === null || row['last_type'] === undefined
        ? null
        : {
            type: oneOf(row, 'last_type', MESSAGE_TYPES),
            authorType: oneOf(row, 'last_author_type', AUTHOR_TYPES),
            body: text(row, 'last_body'),
            createdAt: int(row, 'last_created_at'),
          },
    contactMessage:
      row['contact_body'] === null || row['contact_body'] === undefined
        ? null
        : { body: text(row, 'contact_body'), createdAt: int(row, 'contact_created_at') },
  };
}
