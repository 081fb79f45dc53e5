// Routing (SPEC 7.1): the org's mode, the agents' loads, the waiting queue and the org's lock.
import { AUTO_ASSIGN_MODES, type AgentLoad } from '../../src/domain';
import type { RoutingKeys, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { LOCK_KEYS } from '../db/lock-keys';
import { CONVERSATION_COLUMNS, toConversation } from './conversation-row';
import { bool, int, intArray, intOrNull, oneOf, text } from './decode';
import { reader } from './query-helpers';

type RoutingMethods = Pick<StoreTx, RoutingKeys>;

/** `feedLocked`: the orgs whose feed lock this transaction holds already (see changes.ts). */
export function routingMethods(db: SqlExecutor, feedLocked = new Set<number>()): RoutingMethods {
  const { one, many } = reader(db);
  return {
    async getAutoAssign(orgId) {
      const mode = await one(
        'SELECT auto_assign FROM org_routing WHERE org_id = $1',
        [orgId],
        (row) => oneOf(row, 'auto_assign', AUTO_ASSIGN_MODES),
      );
      return mode ?? 'off';
    },
    async setAutoAssign(orgId, mode) {
      await db.query(
        `INSERT INTO org_routing (org_id, auto_assign) VALUES ($1, $2)
         ON CONFLICT (org_id) DO UPDATE SET auto_assign = $2`,
        [orgId, mode],
      );
    },
    // One count per agent, each a range of the partial index conversations_open_assigned.
    listAgentLoads: (orgId) =>
      many(
        `SELECT a.id, a.name, a.available, a.capacity, a.last_assigned_at,
           ARRAY(SELECT m.team_id FROM team_members m WHERE m.agent_id = a.id ORDER BY m.team_id)
             AS team_ids,
           (SELECT count(*) FROM conversations c
             WHERE c.org_id = a.org_id AND c.assignee_id = a.id AND c.status = 'open')::int
             AS open_assigned
         FROM agents a WHERE a.org_id = $1 ORDER BY a.id`,
        [orgId],
        toLoad,
      ),
    async updateAgentRouting(orgId, agentId, patch) {
      const { rowCount } = await db.query(
        `UPDATE agents SET available = coalesce($3, available), capacity = coalesce($4, capacity),
           last_assigned_at = coalesce($5, last_assigned_at)
         WHERE org_id = $1 AND id = $2`,
        [
          orgId,
          agentId,
          patch.available ?? null,
          patch.capacity ?? null,
          patch.lastAssignedAt ?? null,
        ],
      );
      if (rowCount !== 1) return false;
      if (patch.teamIds) {
        await db.query('DELETE FROM team_members WHERE agent_id = $1', [agentId]);
        await db.query(
          `INSERT INTO team_members (team_id, agent_id)
           SELECT t.id, $1 FROM teams t WHERE t.org_id = $2 AND t.id = ANY($3::int[])`,
          [agentId, orgId, [...patch.teamIds]],
        );
      }
      return true;
    },
    async listWaiting(orgId, limit) {
      // SKIP LOCKED: a row another transaction holds is being changed by it, and that
      // transaction routes it itself if it stays waiting; waiting for it here under the org's
      // lock could deadlock with it.
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
         WHERE c.org_id = $1 AND c.status = 'open' AND c.assignee_id IS NULL
         ORDER BY c.updated_at, c.id LIMIT $2
         FOR UPDATE OF c SKIP LOCKED`,
        [orgId, limit],
      );
      return rows.map(toConversation);
    },
    // The org's feed lock: a transaction that wrote to the org holds it already (and then needs
    // no round trip for it), and one lock per org keeps one order of locks, so routing adds no
    // deadlock.
    async lockRouting(orgId) {
      if (feedLocked.has(orgId)) return;
      await db.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_KEYS.feed, orgId]);
      feedLocked.add(orgId);
    },
    listOrgsWaiting: (limit) =>
      many(
        `SELECT r.org_id FROM org_routing r
         WHERE r.auto_assign = 'round_robin' AND EXISTS (
           SELECT 1 FROM conversations c
           WHERE c.org_id = r.org_id AND c.status = 'open' AND c.assignee_id IS NULL)
         ORDER BY r.org_id LIMIT $1`,
        [limit],
        (row) => int(row, 'org_id'),
      ),
  };
}

function toLoad(row: Row): AgentLoad {
  return {
    id: int(row, 'id'),
    name: text(row, 'name'),
    available: bool(row, 'available'),
    capacity: int(row, 'capacity'),
    openAssigned: int(row, 'open_assigned'),
    lastAssignedAt: intOrNull(row, 'last_assigned_at'),
    teamIds: intArray(row, 'team_ids'),
  };
}
