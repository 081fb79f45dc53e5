// What reports keep of each conversation, including deleted ones that kept their metrics.
import { CHANNELS, STATUSES } from '../../src/domain';
import type { ConversationMetrics, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { bool, int, intOrNull, oneOf } from './decode';

type MetricsMethods = Pick<
  StoreTx,
  | 'getMetrics'
  | 'getMetricsOf'
  | 'saveMetrics'
  | 'saveMetricsMany'
  | 'deleteMetrics'
  | 'listMetrics'
  | 'listMetricsTouching'
>;

const METRICS_COLUMNS =
  'conversation_id, org_id, channel, status, created_at, first_response_at, closed_at, deleted';

export function metricsMethods(db: SqlExecutor): MetricsMethods {
  return {
    async getMetrics(orgId, conversationId) {
      const { rows } = await db.query(
        `SELECT ${METRICS_COLUMNS} FROM conversation_metrics WHERE org_id = $1 AND conversation_id = $2`,
        [orgId, conversationId],
      );
      return rows[0] === undefined ? null : toMetrics(rows[0]);
    },
    async saveMetrics(m) {
      await db.query(
        `INSERT INTO conversation_metrics (${METRICS_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (conversation_id) DO UPDATE SET org_id = $2, channel = $3, status = $4, created_at = $5,
           first_response_at = $6, closed_at = $7, deleted = $8`,
        [
          m.conversationId,
          m.orgId,
          m.channel,
          m.status,
          m.createdAt,
          m.firstResponseAt,
          m.closedAt,
          m.deleted,
        ],
      );
    },
    async getMetricsOf(orgId, conversationIds) {
      if (conversationIds.length === 0) return [];
      const { rows } = await db.query(
        `SELECT ${METRICS_COLUMNS} FROM conversation_metrics
         WHERE org_id = $1 AND conversation_id = ANY($2::int[])`,
        [orgId, [...new Set(conversationIds)]],
      );
      return rows.map(toMetrics);
    },
    async saveMetricsMany(metrics) {
      // The last row given for a conversation wins, as saving one after another would; one
      // statement may not upsert the same row twice.
      const rows = [...new Map(metrics.map((m) => [m.conversationId, m])).values()];
      if (rows.length === 0) return;
      await db.query(
        `INSERT INTO conversation_metrics (${METRICS_COLUMNS})
         SELECT ${METRICS_COLUMNS} FROM jsonb_populate_recordset(NULL::conversation_metrics, $1::jsonb)
         ORDER BY conversation_id
         ON CONFLICT (conversation_id) DO UPDATE SET org_id = EXCLUDED.org_id,
           channel = EXCLUDED.channel, status = EXCLUDED.status, created_at = EXCLUDED.created_at,
           first_response_at = EXCLUDED.first_response_at, closed_at = EXCLUDED.closed_at,
           deleted = EXCLUDED.deleted`,
        [
          JSON.stringify(
            rows.map((m) => ({
              conversation_id: m.conversationId,
              org_id: m.orgId,
              channel: m.channel,
              status: m.status,
              created_at: m.createdAt,
              first_response_at: m.firstResponseAt,
              closed_at: m.closedAt,
              deleted: m.deleted,
            })),
          ),
        ],
      );
    },
    async deleteMetrics(orgId, conversationId) {
      await db.query(
        'DELETE FROM conversation_metrics WHERE org_id = $1 AND conversation_id = $2',
        [orgId, conversationId],
      );
    },
    async listMetrics(orgId, range) {
      const { rows } = await db.query(
        `SELECT ${METRICS_COLUMNS} FROM conversation_metrics
         WHERE org_id = $1 AND created_at >= $2 AND created_at < $3 ORDER BY conversation_id`,
        [orgId, range.from, range.to],
      );
      return rows.map(toMetrics);
    },
    async listMetricsTouching(orgId, range) {
      // Two index ranges (created_at, closed_at; see migration 0003) rather than one OR that
      // would read every row of the org.
      const { rows } = await db.query(
        `SELECT ${METRICS_COLUMNS} FROM conversation_metrics
         WHERE org_id = $1 AND created_at >= $2 AND created_at < $3
         UNION
         SELECT ${METRICS_COLUMNS} FROM conversation_metrics
         WHERE org_id = $1 AND closed_at >= $2 AND closed_at < $3
         ORDER BY conversation_id`,
        [orgId, range.from, range.to],
      );
      return rows.map(toMetrics);
    },
  };
}

function toMetrics(row: Row): ConversationMetrics {
  return {
    conversationId: int(row, 'conversation_id'),
    orgId: int(row, 'org_id'),
    channel: oneOf(row, 'channel', CHANNELS),
    status: oneOf(row, 'status', STATUSES),
    createdAt: int(row, 'created_at'),
    firstResponseAt: intOrNull(row, 'first_response_at'),
    closedAt: intOrNull(row, 'closed_at'),
    deleted: bool(row, 'deleted'),
  };
}
