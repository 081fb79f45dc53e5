// Webhook subscriptions and the outbox their events wait in until a worker delivers them.
import { WEBHOOK_EVENTS } from '../../src/domain';
import {
  DISABLED_ERROR,
  type OutboxEntry,
  type StoreTx,
  type WebhookSubscription,
} from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { bool, firstRow, int, intOrNull, json, text, textArray, textOrNull } from './decode';
import { listDeliveries } from './webhook-deliveries';
import { toWebhookPayload } from './webhook-payload';

type WebhookMethods = Pick<
  StoreTx,
  | 'listWebhooks'
  | 'getWebhook'
  | 'insertWebhook'
  | 'deleteWebhook'
  | 'setWebhookDisabled'
  | 'enqueueOutbox'
  | 'enqueueOutboxMany'
  | 'listOutbox'
  | 'listDeliveries'
>;

export const WEBHOOK_COLUMNS =
  'id, org_id, url, events, secret, created_at, legacy, disabled_at, disabled_reason, ' +
  'paused_at, previous_secret, previous_secret_until';

export function webhookMethods(db: SqlExecutor): WebhookMethods {
  return {
    async listWebhooks(orgId) {
      const { rows } = await db.query(
        `SELECT ${WEBHOOK_COLUMNS} FROM webhook_subscriptions WHERE org_id = $1 ORDER BY id`,
        [orgId],
      );
      return rows.map(toWebhook);
    },
    async getWebhook(orgId, id) {
      const { rows } = await db.query(
        `SELECT ${WEBHOOK_COLUMNS} FROM webhook_subscriptions WHERE org_id = $1 AND id = $2`,
        [orgId, id],
      );
      return rows[0] === undefined ? null : toWebhook(rows[0]);
    },
    async insertWebhook(w) {
      const { rows } = await db.query(
        `INSERT INTO webhook_subscriptions (org_id, url, events, secret, created_at, legacy)
         VALUES ($1, $2, $3::text[], $4, $5, $6) RETURNING ${WEBHOOK_COLUMNS}`,
        [w.orgId, w.url, w.events, w.secret, w.createdAt, w.legacy ?? false],
      );
      return toWebhook(firstRow(rows));
    },
    async deleteWebhook(orgId, id) {
      const { rowCount } = await db.query(
        'DELETE FROM webhook_subscriptions WHERE org_id = $1 AND id = $2',
        [orgId, id],
      );
      return rowCount > 0;
    },
    async setWebhookDisabled(orgId, id, disabled) {
      // Turning off fails what is pending (nothing more goes out); turning on forgets the streak.
      const { rows } = await db.query(
        `WITH sub AS (
           UPDATE webhook_subscriptions
           SET disabled_at = $3, disabled_reason = $4, failing_since = NULL
           WHERE org_id = $1 AND id = $2 RETURNING ${WEBHOOK_COLUMNS}
         ), dropped AS (
           UPDATE webhook_deliveries SET failed_at = $3, next_attempt_at = $3, last_error = $5
           WHERE $3::bigint IS NOT NULL AND subscription_id = (SELECT id FROM sub)
             AND delivered_at IS NULL AND failed_at IS NULL
         )
         SELECT * FROM sub`,
        [orgId, id, disabled?.at ?? null, disabled?.reason ?? null, DISABLED_ERROR],
      );
      return rows[0] === undefined ? null : toWebhook(rows[0]);
    },
    async enqueueOutbox(entry) {
      // Fanned out to today's subscribers now, in the same transaction as the change; the
      // condition is the domain's receivesWebhook (the legacy event for legacy subscribers only).
      await db.query(
        `WITH entry AS (
           INSERT INTO webhook_outbox (org_id, conversation_id, payload, created_at, held_by)
           VALUES ($1, $2, $3::jsonb, $4, $6) RETURNING id
         )
         INSERT INTO webhook_deliveries (outbox_id, subscription_id, conversation_id, next_attempt_at)
         SELECT entry.id, s.id, $2, coalesce($7::bigint, $4) FROM entry
         JOIN webhook_subscriptions s ON s.org_id = $1 AND $5::text = ANY(s.events)
           AND ($5::text <> 'conversation_status_updated' OR s.legacy) AND s.disabled_at IS NULL
         ORDER BY s.id`,
        [
          entry.orgId,
          entry.conversationId,
          JSON.stringify(entry.payload),
          entry.createdAt,
          entry.payload.type,
          entry.hold?.token ?? null,
          entry.hold?.until ?? null,
        ],
      );
    },
    async enqueueOutboxMany(entries) {
      if (entries.length === 0) return;
      // The same fan-out as enqueueOutbox, for the whole batch: entries in the order given, then
      // each entry's deliveries in subscription order.
      await db.query(
        `WITH input AS (
           SELECT e.ordinality AS ord, (e.value->>'org_id')::int AS org_id,
             (e.value->>'conversation_id')::int AS conversation_id, e.value->'payload' AS payload,
             (e.value->>'created_at')::bigint AS created_at, e.value->>'held_by' AS held_by,
             (e.value->>'held_until')::bigint AS held_until
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, ordinality)
         ), entries AS (
           INSERT INTO webhook_outbox (org_id, conversation_id, payload, created_at, held_by)
           SELECT org_id, conversation_id, payload, created_at, held_by FROM input ORDER BY ord
           RETURNING id, org_id, conversation_id, created_at, payload->>'type' AS type, held_by
         )
         INSERT INTO webhook_deliveries (outbox_id, subscription_id, conversation_id, next_attempt_at)
         SELECT entries.id, s.id, entries.conversation_id,
           -- A held entry is not due before its undo window has passed.
           coalesce((SELECT held_until FROM input WHERE input.held_by = entries.held_by LIMIT 1),
             entries.created_at)
         FROM entries
         JOIN webhook_subscriptions s ON s.org_id = entries.org_id AND entries.type = ANY(s.events)
           AND (entries.type <> 'conversation_status_updated' OR s.legacy) AND s.disabled_at IS NULL
         ORDER BY entries.id, s.id`,
        [
          JSON.stringify(
            entries.map((entry) => ({
              org_id: entry.orgId,
              conversation_id: entry.conversationId,
              payload: entry.payload,
              created_at: entry.createdAt,
              held_by: entry.hold?.token ?? null,
              held_until: entry.hold?.until ?? null,
            })),
          ),
        ],
      );
    },
    async listOutbox(orgId) {
      const { rows } = await db.query(
        'SELECT id, org_id, conversation_id, payload, created_at FROM webhook_outbox WHERE org_id = $1 ORDER BY id',
        [orgId],
      );
      return rows.map(toOutboxEntry);
    },
    listDeliveries: (orgId, subscriptionId, limit) =>
      listDeliveries(db, orgId, subscriptionId, limit),
  };
}

export function toWebhook(row: Row): WebhookSubscription {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    url: text(row, 'url'),
    events: textArray(row, 'events').flatMap((e) => WEBHOOK_EVENTS.filter((known) => known === e)),
    secret: text(row, 'secret'),
    createdAt: int(row, 'created_at'),
    legacy: bool(row, 'legacy'),
    disabledAt: intOrNull(row, 'disabled_at'),
    disabledReason: textOrNull(row, 'disabled_reason'),
    pausedAt: intOrNull(row, 'paused_at'),
    previousSecret: textOrNull(row, 'previous_secret'),
    previousSecretUntil: intOrNull(row, 'previous_secret_until'),
  };
}

function toOutboxEntry(row: Row): OutboxEntry {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    conversationId: int(row, 'conversation_id'),
    payload: toWebhookPayload(json(row, 'payload')),
    createdAt: int(row, 'created_at'),
  };
}
