// Reading, locking and saving single conversations, and what the clock needs.
import { DAY_MS, DEFAULT_SETTINGS } from '../../src/domain';
import type { StoreTx } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import {
  CONVERSATION_COLUMNS,
  CONVERSATION_VALUE_COLUMNS,
  CONVERSATION_VALUE_COUNT,
  conversationPlaceholders,
  conversationValues,
  toConversation,
} from './conversation-row';
import { countByStatus } from './conversation-counts';
import { firstRow } from './decode';
import { settingsColumns, toSettings, type SettingsSeen } from './orgs';

type ConversationMethods = Pick<
  StoreTx,
  | 'getConversation'
  | 'getConversations'
  | 'countByStatus'
  | 'latestConversationOf'
  | 'insertConversation'
  | 'updateConversation'
  | 'deleteConversation'
  | 'listClockCandidates'
>;

/**
 * `settingsSeen`: where a locking read keeps the org's settings it read too (see orgs.ts).
 * `lockRows` false: a read for update locks nothing (a change that writes all or nothing at once,
 * server/sql/optimistic.ts, checks each row's version instead).
 */
export function conversationMethods(
  db: SqlExecutor,
  settingsSeen?: SettingsSeen,
  lockRows = true,
): ConversationMethods {
  return {
    async getConversation(orgId, id, opts) {
      const lock = opts?.forUpdate === true ? 'FOR UPDATE' : '';
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.org_id = $1 AND c.id = $2 ${lock}`,
        [orgId, id],
      );
      return rows[0] === undefined ? null : toConversation(rows[0]);
    },

    async getConversations(orgId, ids, opts) {
      if (ids.length === 0) return [];
      // Rows are locked in the ORDER BY's order, so two bulk requests over overlapping ids wait
      // for each other instead of deadlocking.
      if (opts?.forUpdate !== true) {
        const { rows } = await db.query(
          `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
           WHERE c.org_id = $1 AND c.id = ANY($2::int[]) ORDER BY c.id`,
          [orgId, [...new Set(ids)]],
        );
        return rows.map(toConversation);
      }
      // A change reads the org's settings next: they come with the rows it locks.
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS}, ${settingsColumns('settings_')}
         FROM conversations c LEFT JOIN org_settings s ON s.org_id = c.org_id
         WHERE c.org_id = $1 AND c.id = ANY($2::int[]) ORDER BY c.id${lockRows ? ' FOR UPDATE OF c' : ''}`,
        [orgId, [...new Set(ids)]],
      );
      if (rows[0]) settingsSeen?.set(orgId, toSettings(rows[0], 'settings_'));
      return rows.map(toConversation);
    },

    countByStatus: (orgId) => countByStatus(db, orgId),

    async latestConversationOf(orgId, inboxId, contactId, channel) {
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
         WHERE c.org_id = $1 AND c.inbox_id = $2 AND c.contact_id = $3 AND c.channel = $4
         ORDER BY c.updated_at DESC, c.id DESC LIMIT 1`,
        [orgId, inboxId, contactId, channel],
      );
      return rows[0] === undefined ? null : toConversation(rows[0]);
    },

    async insertConversation(conversation) {
      const { rows } = await db.query(
        `INSERT INTO conversations AS c (org_id, ${CONVERSATION_VALUE_COLUMNS})
         VALUES ($1, ${conversationPlaceholders(2)})
         RETURNING ${CONVERSATION_COLUMNS}`,
        [conversation.orgId, ...conversationValues(conversation)],
      );
      return toConversation(firstRow(rows));
    },

    async updateConversation(conversation, expectedVersion) {
      const { rowCount } = await db.query(
        `UPDATE conversations SET (${CONVERSATION_VALUE_COLUMNS}) = ROW(${conversationPlaceholders(3)})
         WHERE org_id = $1 AND id = $2 AND version = $${3 + CONVERSATION_VALUE_COUNT}`,
        [conversation.orgId, conversation.id, ...conversationValues(conversation), expectedVersion],
      );
      return rowCount === 1;
    },

    async deleteConversation(orgId, id) {
      // Messages and tickets go with it (ON DELETE CASCADE); its feed entries are not keyed to it.
      await db.query(
        `WITH gone AS (DELETE FROM conversations WHERE org_id = $1 AND id = $2 RETURNING id)
         DELETE FROM change_events WHERE conversation_id IN (SELECT id FROM gone)`,
        [orgId, id],
      );
    },

    async listClockCandidates(now, limit) {
      // The clock runs every second, and the planner cannot know how few rows are due: small
      // tables such as orgs are never analysed, so it guesses thousands of rows per org and would
      // spend more time compiling the query (JIT) than running it. For this transaction only.
      await db.query('SET LOCAL jit = off');
      // Per org, because the deadlines depend on its settings: each branch then becomes a range
      // scan of one partial index. SKIP LOCKED: a row another process is already handling is
      // left to it, so two clocks never work on the same conversation.
      const { rows } = await db.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
         WHERE c.id IN (
           SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= $1
           UNION ALL
           SELECT due.id FROM orgs o
           LEFT JOIN org_settings s ON s.org_id = o.id
           CROSS JOIN LATERAL (
             SELECT q.id FROM conversations q
             WHERE q.org_id = o.id AND q.status IN ('open', 'pending')
               AND (q.inactive_notified_at IS NULL OR q.inactive_notified_at < q.last_activity_at)
               AND q.last_activity_at <= $1 - COALESCE(s.inactivity_seconds, $2)::bigint * 1000
             UNION ALL
             SELECT e.id FROM conversations e
             WHERE e.org_id = o.id AND e.status IN ('open', 'pending') AND e.channel = 'email'
               AND e.last_activity_at <= $1 - COALESCE(s.email_auto_resolve_days, $3)::bigint * $4
           ) due
         )
         ORDER BY c.id LIMIT $5
         FOR UPDATE OF c SKIP LOCKED`,
        [
          now,
          DEFAULT_SETTINGS.inactivitySeconds,
          DEFAULT_SETTINGS.emailAutoResolveDays,
          DAY_MS,
          limit,
        ],
      );
      return rows.map(toConversation);
    },
  };
}
