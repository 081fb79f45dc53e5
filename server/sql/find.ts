// The SQL Store's methods for finding conversations: counts of a filter, the org's tags, saved
// views (migration 0009).
import type { FindKeys, SavedViewRecord, StoreTx } from '../../src/backend/store';
import type { ViewFilter } from '../../src/domain';
import type { Row, SqlExecutor } from '../db/client';
import { countConversations } from './conversation-list';
import { bool, int, isRecord, json, text } from './decode';

const VIEW_COLUMNS = 'id, org_id, agent_id, name, filter, shared, created_at';

export function findMethods(db: SqlExecutor): Pick<StoreTx, FindKeys> {
  return {
    countConversations: (orgId, query) => countConversations(db, orgId, query),
    async listTags(orgId) {
      // A tag keeps the name and color of its use on the newest conversation, as in memory.
      const { rows } = await db.query(
        `SELECT count(*) AS n,
           (array_agg(t ->> 'name' ORDER BY c.id DESC))[1] AS name,
           (array_agg(t ->> 'color' ORDER BY c.id DESC))[1] AS color
         FROM conversations c, jsonb_array_elements(c.tags) AS t
         WHERE c.org_id = $1
         GROUP BY lower(t ->> 'name')
         ORDER BY lower(t ->> 'name') COLLATE "C"`,
        [orgId],
      );
      return rows.map((row) => ({
        name: text(row, 'name'),
        color: text(row, 'color'),
        count: int(row, 'n'),
      }));
    },
    async listSavedViews(orgId, agentId) {
      const { rows } = await db.query(
        `SELECT ${VIEW_COLUMNS} FROM saved_views
         WHERE org_id = $1 AND (shared OR agent_id = $2) ORDER BY id`,
        [orgId, agentId],
      );
      return rows.map(toView);
    },
    async getSavedView(orgId, id) {
      const { rows } = await db.query(
        `SELECT ${VIEW_COLUMNS} FROM saved_views WHERE org_id = $1 AND id = $2`,
        [orgId, id],
      );
      return rows[0] ? toView(rows[0]) : null;
    },
    async insertSavedView(v) {
      const { rows } = await db.query(
        `INSERT INTO saved_views (org_id, agent_id, name, filter, shared, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6) RETURNING ${VIEW_COLUMNS}`,
        [v.orgId, v.agentId, v.name, JSON.stringify(v.filter), v.shared, v.createdAt],
      );
      if (!rows[0]) throw new Error('saved_views: the insert returned no row');
      return toView(rows[0]);
    },
    async updateSavedView(v) {
      await db.query(
        `UPDATE saved_views SET name = $3, filter = $4::jsonb, shared = $5
         WHERE org_id = $1 AND id = $2`,
        [v.orgId, v.id, v.name, JSON.stringify(v.filter), v.shared],
      );
    },
    async deleteSavedView(orgId, id) {
      await db.query('DELETE FROM saved_views WHERE org_id = $1 AND id = $2', [orgId, id]);
    },
  };
}

function toView(row: Row): SavedViewRecord {
  const filter = json(row, 'filter');
  if (!isRecord(filter)) throw new TypeError('saved_views.filter: expected a JSON object');
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    agentId: int(row, 'agent_id'),
    name: text(row, 'name'),
    // Written only by the service, from the parsed filter schema.
    filter: filter as unknown as ViewFilter,
    shared: bool(row, 'shared'),
    createdAt: int(row, 'created_at'),
  };
}
