// The org's change feed behind GET /api/events: append-only, read by id.
//
// A reader resumes after the last id it saw, so ids must become visible in id order. A sequence
// alone does not promise that: a transaction that took id 10 can commit after one that took 11,
// and a reader that already moved past 11 would never see 10. So the first append of a
// transaction takes the org's feed lock, held to commit: per org, ids are handed out and
// committed in the same order. The service appends after locking its rows, so the lock is
// taken last and held briefly.
import type { ChangeEvent, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { LOCK_KEYS } from '../db/lock-keys';
import { firstRow, int, intOrNull, json, oneOf } from './decode';

type ChangeMethods = Required<
  Pick<StoreTx, 'appendChange' | 'appendChanges' | 'listChangesSince' | 'latestChangeId'>
>;

const CHANGE_TYPES = [
  'conversation.changed',
  'conversation.deleted',
  'message.added',
  'counts.changed',
] as const satisfies readonly ChangeEvent['type'][];
const CHANGE_COLUMNS = 'id, org_id, type, conversation_id, data, created_at';

/** `db` is one transaction's executor: the set of locked orgs lives as long as it does. */
export function changeMethods(db: SqlExecutor): ChangeMethods {
  const locked = new Set<number>();
  const lockFeed = async (orgId: number) => {
    if (locked.has(orgId)) return;
    await db.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_KEYS.feed, orgId]);
    locked.add(orgId);
  };
  return {
    async appendChange(event) {
      await lockFeed(event.orgId);
      const { rows } = await db.query(
        `INSERT INTO change_events (org_id, type, conversation_id, data, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING ${CHANGE_COLUMNS}`,
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
         )
         INSERT INTO change_events (org_id, type, conversation_id, data, created_at)
         SELECT (e.value->>'org_id')::int, e.value->>'type', (e.value->>'conversation_id')::int,
           e.value->'data', (e.value->>'created_at')::bigint
         FROM feed_lock CROSS JOIN jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, ordinality)
         ORDER BY e.ordinality
         RETURNING id`,
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
      // Ids grow in the order given; the data is what was given (not read back: it can be large).
      const ids = rows.map((row) => int(row, 'id')).sort((a, b) => a - b);
      return events.map((event, i) => ({ ...event, data: event.data ?? null, id: ids[i] ?? 0 }));
    },
    async listChangesSince(orgId, afterId, limit) {
      const { rows } = await db.query(
        `SELECT ${CHANGE_COLUMNS} FROM change_events WHERE org_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
        [orgId, afterId, limit],
      );
      return rows.map(toChange);
    },
    async latestChangeId(orgId) {
      const { rows } = await db.query(
        'SELECT coalesce(max(id), 0) AS id FROM change_events WHERE org_id = $1',
        [orgId],
      );
      return int(firstRow(rows), 'id');
    },
  };
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
