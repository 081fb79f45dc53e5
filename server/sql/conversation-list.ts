// The inbox list: one status view, keyset-paged on its order's key and id, with optional filters.
// Only fixed SQL fragments are concatenated; every value travels as a parameter.
import { AUTHOR_TYPES, FILTER_FIELDS, MESSAGE_TYPES, STATUSES } from '../../src/domain';
import type { ConversationFilter, ConversationStatus } from '../../src/domain';
import type { ConversationQuery, ConversationRow, CountQuery } from '../../src/backend/store';
import { PLAN_EACH_TIME, type Row, type SqlExecutor } from '../db/client';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { int, oneOf, text } from './decode';
import { listOrder } from './list-order';
import { searchSql, searchTiers } from './search';

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
    `${planOf(query)}SELECT count(*) AS n FROM conversations c WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0] ? int(rows[0], 'n') : 0;
}

/** `searchWindow`: see SEARCH_WINDOW (a test sets a small one to read past it). */
export async function listConversations(
  db: SqlExecutor,
  orgId: number,
  query: ConversationQuery,
  searchWindow = SEARCH_WINDOW,
): Promise<ConversationRow[]> {
  if (query.statuses.length === 0) return [];
  if (query.sort === 'relevance' && query.q !== undefined && query.q.trim() !== '') {
    return listBestFirst(db, orgId, { ...query, q: query.q }, searchWindow);
  }
  const { where, params, param } = whereOf(orgId, query);
  const order = listOrder(query, param);
  if (order.after !== null) where.push(order.after);
  const { rows } = await db.query(
    `${planOf(query)}SELECT ${ROW_COLUMNS}
     FROM conversations c ${ROW_JOINS}
     WHERE ${where.join(' AND ')}
     ORDER BY ${order.orderBy}
     LIMIT ${param(query.limit)}`,
    params,
  );
  return rows.map(toRow);
}

/** A search is planned for its words: how many rows a word finds decides the plan. */
const planOf = (query: CountQuery) => (query.q === undefined ? '' : PLAN_EACH_TIME);

/**
 * A page's columns: the conversation's, its contact's, its last message's and the contact's last
 * (the newest in the thread's time order, read backwards along messages_thread_time).
 */
const ROW_COLUMNS = `${CONVERSATION_COLUMNS}, ct.name AS contact_name, ct.email AS contact_email,
       lm.type AS last_type, lm.author_type AS last_author_type, lm.body AS last_body,
       lm.created_at AS last_created_at, cm.body AS contact_body,
       cm.created_at AS contact_created_at`;
const ROW_JOINS = `JOIN contacts ct ON ct.id = c.contact_id
     LEFT JOIN LATERAL (
       SELECT m.type, m.author_type, m.body, m.created_at FROM messages m
       WHERE m.conversation_id = c.id AND m.type <> 'event'
       ORDER BY m.created_at DESC, m.id DESC LIMIT 1
     ) lm ON true
     LEFT JOIN LATERAL (
       SELECT m.body, m.created_at FROM messages m
       WHERE m.conversation_id = c.id AND m.author_type = 'contact'
       ORDER BY m.created_at DESC, m.id DESC LIMIT 1
     ) cm ON true`;

/**
 * How many of the newest conversation ids a text tier looks through first (with the cursor, the
 * ids just below it): a common word (a last name) fills the page from them at once, read newest
 * first; past them the tier asks the search index for the rest. Either way a tier never reads
 * more than this many rows in id order: on demo data the planner estimated a word that no contact
 * holds at 2% of the conversations, and a newest-first scan meant to stop at the page's end read
 * all 100,000.
 */
const SEARCH_WINDOW = 2000;

/**
 * Best match first (server/sql/search.ts): the page is read tier by tier, each newest first and
 * cut at the page's length, as the parts of one UNION ALL under the page's LIMIT. PostgreSQL reads
 * the parts in turn and stops once the page is full, so a part after it never runs (not even its
 * index lookup). A text tier has two parts: the conversations of its window (SEARCH_WINDOW), read
 * as the planner sees fit for the words (newest first in id order for a common word, through the
 * index for rare ones), then the index's matches below the window, sorted. Text tiers read the
 * narrow rows of conversation_search and reach `conversations` for the filters only for the rows
 * whose words match. The keyset: in the cursor's tier, ids below the cursor's; the tiers after
 * it, from the top.
 *
 * Every part's way of reading is fixed by how it is written (the window in id order, below it
 * the words' index), whatever the words, so the statement is prepared once per connection like
 * any other: planning it for each search's words cost more than running it.
 */
async function listBestFirst(
  db: SqlExecutor,
  orgId: number,
  query: ConversationQuery & { q: string },
  window: number,
): Promise<ConversationRow[]> {
  const { where, params, param } = whereOf(orgId, { ...query, q: undefined });
  const { after } = query;
  const tiers = searchTiers(query.q, param).filter(
    (tier) => after === undefined || tier.rank <= (after.rank ?? 0),
  );
  if (tiers.length === 0) return [];
  const limit = param(query.limit);
  const parts: string[] = [];
  for (const tier of tiers) {
    const inCursorTier = after !== undefined && tier.rank === after.rank;
    if (!tier.windowed) {
      const below = inCursorTier ? [`c.id < ${param(after.id)}`] : [];
      parts.push(`(SELECT c.id, ${tier.rank} AS rank FROM conversations c
       WHERE ${[...where, tier.condition, ...below].join(' AND ')}
       ORDER BY c.id DESC LIMIT ${limit})`);
      continue;
    }
    const below = inCursorTier ? [`s.conversation_id < ${param(after.id)}`] : [];
    const scope = [`s.org_id = $1`, tier.condition, ...below];
    const top = inCursorTier
      ? `${param(after.id)}::int`
      : '(SELECT max(conversation_id) + 1 FROM conversation_search)';
    const edge = `${top} - ${param(window)}::int`;
    // The words' matches newest first (OFFSET 0: sorted before the filters, never merged into
    // them), then each one's filters on `conversations` (a lateral lookup: in that order, and
    // only for as many as the page needs).
    const read = (conditions: string[], orderBy: string) =>
      parts.push(`(SELECT s.id, ${tier.rank} AS rank
       FROM (SELECT s.conversation_id AS id FROM conversation_search s
             WHERE ${conditions.join(' AND ')}
             ORDER BY ${orderBy} DESC OFFSET 0) s
       JOIN LATERAL (SELECT FROM conversations c
                     WHERE c.id = s.id AND ${where.join(' AND ')} LIMIT 1) f ON true
       LIMIT ${limit})`);
    // The window is read in id order, the tier's test on each row (`IS TRUE`: not through the
    // search index, whose lookup of a word's prefix costs more than the rows a common word needs,
    // and which for a rare word is read below anyway).
    read(
      [`s.org_id = $1`, `(${tier.condition}) IS TRUE`, ...below, `s.conversation_id >= ${edge}`],
      's.conversation_id',
    );
    // Below the window: the words' index alone, its matches then sorted (`+ 0`: never read in
    // id order, nor the ids below the window gathered from the primary key as well).
    read([...scope, `s.conversation_id + 0 < ${edge}`], 's.conversation_id + 0');
  }
  const { rows } = await db.query(
    `SELECT ${ROW_COLUMNS}, h.rank
     FROM (${parts.join('\n     UNION ALL ')}
       LIMIT ${limit}) h
     JOIN conversations c ON c.id = h.id ${ROW_JOINS}
     ORDER BY h.rank DESC, c.id DESC
     LIMIT ${limit}`,
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
