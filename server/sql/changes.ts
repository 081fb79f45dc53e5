// The org's change feed behind GET /api/events: append-only, read by id, pruned after a day.
//
// Ids are per org (a client must not learn other orgs' volume from them): the org's row in
// `change_feed_heads` counts them, moved by the transaction that appends (see migration 0006).
// A reader resumes after the last id it saw, so ids must become visible in id order: the first
// append of a transaction takes the org's feed lock, held to commit, so per org ids are handed
// out and committed in the same order. The service appends after locking its rows, so the lock
// is taken last and held briefly; the counter row adds no waiting of its own, as only the
// holder of the org's feed lock moves it.
import type { ChangeEvent, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { LOCK_KEYS } from '../db/lock-keys';
import { firstRow, int, intOrNull, json, oneOf } from './decode';

type ChangeMethods = Required<
  Pick<
    StoreTx,
    | 'appendChange'
    | 'appendChanges'
    | 'listChangesSince'
    | 'latestChangeId'
    | 'changeFeedBounds'
    | 'pruneChanges'
  >
>;

const CHANGE_TYPES = [
  'conversation.changed',
  'conversation.deleted',
  'message.added',
  'counts.changed',
] as const satisfies readonly ChangeEvent['type'][];
const CHANGE_COLUMNS = 'seq AS id, org_id, type, conversation_id, data, created_at';

/**
 * `db` is one transaction's executor: the set of orgs whose feed lock it holds lives as long as it
 * does (shared with the transaction's other methods that take or need that lock).
 */
export function changeMethods(db: SqlExecutor, locked = new Set<number>()): ChangeMethods {
  const lockFeed = async (orgId: number) => {
    if (locked.has(orgId)) return;
    await db.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_KEYS.feed, orgId]);
    locked.add(orgId);
  };
  const bounds = async (orgId: number) => {
    const { rows } = await db.query(
      'SELECT last_seq, pruned_through FROM change_feed_heads WHERE org_id = $1',
      [orgId],
    );
    const row = rows[0];
    return row
      ? { latest: int(row, 'last_seq'), prunedThrough: int(row, 'pruned_through') }
      : { latest: 0, prunedThrough: 0 };
  };
  return {
    async appendChange(event) {
      await lockFeed(event.orgId);
      const { rows } = await db.query(
        `WITH head AS (${bumpHeads('SELECT $1::int, 1')})
         INSERT INTO change_events (org_id, seq, type, conversation_id, data, created_at)
         SELECT $1, head.last_seq, $2, $3, $4::jsonb, $5 FROM head
         RETURNING ${CHANGE_COLUMNS}`,
        [
          event.orgId,
          event.type,
          event.conversationId,
          JSON.stringify(event.data ?? null),
          event.createdAt,
        ],
      );
      return toChange(firstRow(rows));
    },
    async appendChanges(events) {
      if (events.length === 0) return [];
      // The feed lock is taken by the insert itself (before its first row takes an id), in the
      // order the orgs first appear: the lock is then held for the insert and the commit only,
      // not for a round trip to the host and back as well.
      const toLock = [...new Set(events.map((e) => e.orgId))].filter((orgId) => !locked.has(orgId));
      const { rows } = await db.query(
        `WITH feed_lock AS (
           SELECT count(*) AS n FROM (
             SELECT pg_advisory_xact_lock($2, u.org_id)
             FROM unnest($3::int[]) WITH ORDINALITY AS u(org_id, position) ORDER BY u.position
           ) AS taken
         ),
         input AS (
           SELECT e.value, e.ordinality, (e.value->>'org_id')::int AS org_id,
             row_number() OVER (PARTITION BY e.value->>'org_id' ORDER BY e.ordinality) AS n,
             count(*) OVER (PARTITION BY e.value->>'org_id') AS total
           FROM feed_lock CROSS JOIN jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, ordinality)
         ),
         head AS (${bumpHeads('SELECT org_id, count(*) FROM input GROUP BY org_id')})
         INSERT INTO change_events (org_id, seq, type, conversation_id, data, created_at)
         SELECT i.org_id, head.last_seq - i.total + i.n, i.value->>'type',
           (i.value->>'conversation_id')::int, i.value->'data', (i.value->>'created_at')::bigint
         FROM input AS i JOIN head ON head.org_id = i.org_id
         ORDER BY i.ordinality
         RETURNING id AS row_id, seq`,
        [
          JSON.stringify(
            events.map((event) => ({
              org_id: event.orgId,
              type: event.type,
              conversation_id: event.conversationId,
              data: event.data ?? null,
              created_at: event.createdAt,
            })),
          ),
          LOCK_KEYS.feed,
          toLock,
        ],
      );
      for (const orgId of toLock) locked.add(orgId);
      // Rows are inserted in the order given (their row ids grow so); the data is what was given
      // (not read back: it can be large).
      const seqs = rows
        .map((row) => ({ rowId: int(row, 'row_id'), seq: int(row, 'seq') }))
        .sort((a, b) => a.rowId - b.rowId);
      return events.map((event, i) => ({
        ...event,
        data: event.data ?? null,
        id: seqs[i]?.seq ?? 0,
      }));
    },
    async listChangesSince(orgId, afterId, limit) {
      const { rows } = await db.query(
        `SELECT ${CHANGE_COLUMNS} FROM change_events WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [orgId, afterId, limit],
      );
      return rows.map(toChange);
    },
    async latestChangeId(orgId) {
      return (await bounds(orgId)).latest;
    },
    changeFeedBounds: bounds,
    async pruneChanges(createdBefore) {
      const { rows } = await db.query(
        `WITH gone AS (
           DELETE FROM change_events WHERE created_at < $1 RETURNING org_id, seq
         ),
         marks AS (SELECT org_id, max(seq) AS seq, count(*) AS n FROM gone GROUP BY org_id),
         moved AS (
           UPDATE change_feed_heads AS h SET pruned_through = greatest(h.pruned_through, m.seq)
           FROM marks AS m WHERE h.org_id = m.org_id
           RETURNING h.org_id
         )
         SELECT coalesce(sum(n), 0)::bigint AS removed FROM marks`,
        [createdBefore],
      );
      return int(firstRow(rows), 'removed');
    },
  };
}

/**
 * Moves the counters of the orgs that `select` names (`org_id, how many`) and answers
 * `org_id, last_seq`: ids `last_seq - how many + 1 … last_seq` are the appender's. A new org's
 * counter starts at 0. (ON CONFLICT updates the newest committed row, whatever the statement's
 * snapshot: the feed lock was awaited after that snapshot was taken.)
 */
function bumpHeads(select: string): string {
  return `INSERT INTO change_feed_heads AS h (org_id, last_seq, pruned_through)
    SELECT s.*, 0 FROM (${select}) AS s
    ON CONFLICT (org_id) DO UPDATE SET last_seq = h.last_seq + excluded.last_seq
    RETURNING org_id, last_seq`;
}

function toChange(row: Row): ChangeEvent {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    type: oneOf(row, 'type', CHANGE_TYPES),
    conversationId: intOrNull(row, 'conversation_id'),
    data: json(row, 'data'),
    createdAt: int(row, 'created_at'),
  };
}
