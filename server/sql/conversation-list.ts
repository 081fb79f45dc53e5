// The inbox list: one status view, keyset-paged on (updated_at, id), with optional filters.
// Only fixed SQL fragments are concatenated; every value travels as a parameter.
import { AUTHOR_TYPES, FILTER_FIELDS, MESSAGE_TYPES, STATUSES } from '../../src/domain';
import type { ConversationFilter, ConversationStatus } from '../../src/domain';
import type { ConversationQuery, ConversationRow } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int, oneOf, text } from './decode';

type Param = (value: unknown) => string;

/**
 * The WHERE condition of each field of the domain's filter (see matchesFilter, which the memory
 * Store runs), or null where the query leaves it out: a new field of ConversationFilter needs an
 * entry here before this compiles.
 */
const FILTER_SQL: Record<
  keyof ConversationFilter,
  (query: ConversationQuery, param: Param) => string | null
> = {
  // The view reaches a store as the statuses it holds.
  view: ({ statuses }, param) => statusCondition(statuses, param),
  tag: ({ tag }, param) =>
    tag === undefined ? null : `tag_keys(c.tags) @> ARRAY[${param(tag.toLowerCase())}::text]`,
  assignee: ({ assignee }, param) => {
    if (assignee === undefined) return null;
    return assignee === 'none' ? 'c.assignee_id IS NULL' : `c.assignee_id = ${param(assignee)}`;
  },
  q: ({ q }, param) => {
    const text = q?.trim();
    if (!text) return null;
    const pattern = param(`%${escapeLike(text)}%`);
    return `(ct.name ILIKE ${pattern} OR ct.email ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM messages m
        WHERE m.conversation_id = c.id AND m.type <> 'event' AND m.body ILIKE ${pattern}))`;
  },
  updatedSince: ({ updatedSince }, param) =>
    updatedSince === undefined ? null : `c.updated_at >= ${param(updatedSince)}`,
};

export async function listConversations(
  db: SqlExecutor,
  orgId: number,
  query: ConversationQuery,
): Promise<ConversationRow[]> {
  if (query.statuses.length === 0) return [];
  const params: unknown[] = [orgId];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const where = ['c.org_id = $1'];
  for (const field of FILTER_FIELDS) {
    const condition = FILTER_SQL[field](query, param);
    if (condition !== null) where.push(condition);
  }

  const newest = query.sort === 'newest';
  if (query.after !== undefined) {
    // A row comparison, so the index on (…, updated_at DESC, id DESC) can seek straight to it.
    where.push(
      `(c.updated_at, c.id) ${newest ? '<' : '>'} (${param(query.after.updatedAt)}, ${param(query.after.id)})`,
    );
  }
  const direction = newest ? 'DESC' : 'ASC';

  const { rows } = await db.query(
    `SELECT ${CONVERSATION_COLUMNS}, ct.name AS contact_name, ct.email AS contact_email,
       lm.type AS last_type, lm.author_type AS last_author_type, lm.body AS last_body,
       lm.created_at AS last_created_at
     FROM conversations c
     JOIN contacts ct ON ct.id = c.contact_id
     LEFT JOIN LATERAL (
       SELECT m.type, m.author_type, m.body, m.created_at FROM messages m
       WHERE m.conversation_id = c.id AND m.type <> 'event'
       ORDER BY m.id DESC LIMIT 1
     ) lm ON true
     WHERE ${where.join(' AND ')}
     ORDER BY c.updated_at ${direction}, c.id ${direction}
     LIMIT ${param(query.limit)}`,
    params,
  );
  return rows.map(toRow);
}

/** The `all` view is written as `<> 'spam'` so that the planner can use its partial index. */
function statusCondition(statuses: readonly ConversationStatus[], param: Param): string {
  const wanted = new Set(statuses);
  const allButSpam = !wanted.has('spam') && STATUSES.every((s) => s === 'spam' || wanted.has(s));
  if (allButSpam) return "c.status <> 'spam'";
  if (wanted.size === 1) return `c.status = ${param(statuses[0])}`;
  return `c.status = ANY(${param([...wanted])}::text[])`;
}

/** Makes the user's text match literally inside ILIKE (backslash is the default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function toRow(row: Row): ConversationRow {
  return {
    ...toConversation(row),
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
  };
}
