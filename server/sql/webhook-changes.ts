// Changing a subscription (URL, events, pause, secret rotation) and sending one delivery again.
import type { StoreTx } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import { firstRow } from './decode';
import { DELIVERY_SELECT, toDelivery } from './webhook-deliveries';
import { toWebhook, WEBHOOK_COLUMNS } from './webhooks';

type Methods = Pick<StoreTx, 'updateWebhook' | 'redeliverWebhook' | 'enqueueTo'>;

export function webhookChangeMethods(db: SqlExecutor): Methods {
  return {
    async updateWebhook(orgId, id, change) {
      const sets: string[] = [];
      const params: unknown[] = [orgId, id];
      const set = (column: string, value: unknown, cast = '') => {
        params.push(value);
        sets.push(`${column} = $${params.length}${cast}`);
      };
      if (change.url !== undefined) set('url', change.url);
      if (change.events !== undefined) set('events', change.events, '::text[]');
      if (change.pausedAt !== undefined) set('paused_at', change.pausedAt, '::bigint');
      if (change.rotate !== undefined) {
        set('secret', change.rotate.secret);
        set('previous_secret', change.rotate.previousSecret);
        set('previous_secret_until', change.rotate.previousSecretUntil, '::bigint');
      }
      // Nothing to change still answers the row, like an UPDATE that sets a column to itself.
      if (sets.length === 0) sets.push('id = id');
      const { rows } = await db.query(
        `UPDATE webhook_subscriptions SET ${sets.join(', ')}
         WHERE org_id = $1 AND id = $2 RETURNING ${WEBHOOK_COLUMNS}`,
        params,
      );
      return rows[0] === undefined ? null : toWebhook(rows[0]);
    },
    async enqueueTo(subscriptionId, entry) {
      const { rows } = await db.query(
        `WITH entry AS (
           INSERT INTO webhook_outbox (org_id, conversation_id, payload, created_at)
           VALUES ($1, $2, $3::jsonb, $4) RETURNING id
         )
         INSERT INTO webhook_deliveries (outbox_id, subscription_id, conversation_id, next_attempt_at)
         SELECT entry.id, $5, $2, $4 FROM entry RETURNING id`,
        [
          entry.orgId,
          entry.conversationId,
          JSON.stringify(entry.payload),
          entry.createdAt,
          subscriptionId,
        ],
      );
      const again = await db.query(`${DELIVERY_SELECT} WHERE d.id = $1`, [rows[0]?.['id']]);
      return toDelivery(firstRow(again.rows));
    },
    async redeliverWebhook(orgId, subscriptionId, key, now) {
      // The key compared as text: a malformed one matches no row rather than failing the cast.
      const { rows } = await db.query(
        `UPDATE webhook_deliveries d
         SET delivered_at = NULL, failed_at = NULL, next_attempt_at = $4
         FROM webhook_subscriptions s
         WHERE d.subscription_id = $2 AND d.public_id::text = $3
           AND s.id = d.subscription_id AND s.org_id = $1
         RETURNING d.id`,
        [orgId, subscriptionId, key, now],
      );
      if (rows[0] === undefined) return null;
      // A second statement: a data-modifying CTE's outer query would see the row as it was.
      const again = await db.query(`${DELIVERY_SELECT} WHERE d.id = $1`, [rows[0]['id']]);
      return again.rows[0] === undefined ? null : toDelivery(again.rows[0]);
    },
  };
}
