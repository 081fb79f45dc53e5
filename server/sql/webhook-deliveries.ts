// The delivery log of one subscription, read back as the API shows it.
import { WEBHOOK_EVENTS } from '../../src/domain';
import type { WebhookDelivery } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { int, intOrNull, oneOf, text, textOrNull } from './decode';

/** Shared with the worker's tests, which read the same rows. */
export const DELIVERY_SELECT = `
  SELECT d.id, d.public_id::text AS public_id, d.subscription_id, d.conversation_id, d.attempts, d.next_attempt_at, d.delivered_at,
         d.failed_at, d.last_attempt_at, d.response_status, d.last_error,
         o.payload ->> 'type' AS event_type, o.created_at
  FROM webhook_deliveries d JOIN webhook_outbox o ON o.id = d.outbox_id`;

export async function listDeliveries(
  db: SqlExecutor,
  orgId: number,
  subscriptionId: number,
  limit: number,
): Promise<WebhookDelivery[]> {
  // The org check goes through the subscription, so another org's id reads as empty.
  const { rows } = await db.query(
    `${DELIVERY_SELECT}
     WHERE d.subscription_id = $2
       AND EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.id = $2 AND s.org_id = $1)
     ORDER BY d.id DESC LIMIT $3`,
    [orgId, subscriptionId, limit],
  );
  return rows.map(toDelivery);
}

export function toDelivery(row: Row): WebhookDelivery {
  const deliveredAt = intOrNull(row, 'delivered_at');
  const failedAt = intOrNull(row, 'failed_at');
  const status = deliveredAt !== null ? 'delivered' : failedAt !== null ? 'failed' : 'pending';
  return {
    id: int(row, 'id'),
    key: text(row, 'public_id'),
    subscriptionId: int(row, 'subscription_id'),
    eventType: oneOf(row, 'event_type', WEBHOOK_EVENTS),
    conversationId: int(row, 'conversation_id'),
    status,
    attempts: int(row, 'attempts'),
    lastAttemptAt: intOrNull(row, 'last_attempt_at'),
    nextAttemptAt: status === 'pending' ? int(row, 'next_attempt_at') : null,
    responseStatus: intOrNull(row, 'response_status'),
    lastError: textOrNull(row, 'last_error'),
    deliveredAt,
    createdAt: int(row, 'created_at'),
  };
}
