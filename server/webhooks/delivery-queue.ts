// The worker's side of webhook_deliveries. A delivery is claimed by pushing its next_attempt_at
// one lease ahead in a short statement (FOR UPDATE SKIP LOCKED: two processes never claim the same
// row), then sent with no transaction open (PGlite has one connection; a slow receiver must not
// hold it), then recorded. A process that dies in between leaves the lease to run out, and the row
// is sent again: at least once. Only the oldest pending row of each (subscription, conversation)
// queue is ever claimable, which keeps events in order per conversation.
import type { WebhookPayload } from '../../src/domain';
import type { SqlExecutor } from '../db/client';
import { firstRow, int, json, text } from '../sql/decode';
import { toWebhookPayload } from '../sql/webhook-payload';

export interface ClaimedDelivery {
  id: number;
  /** attempts after this claim: the token that lets only this attempt record a failure. */
  attempt: number;
  subscriptionId: number;
  conversationId: number;
  outboxId: number;
  url: string;
  secret: string;
  payload: WebhookPayload;
}

const PENDING = 'delivered_at IS NULL AND failed_at IS NULL';

export async function claimDue(
  db: SqlExecutor,
  now: number,
  opts: { limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query(
    // The head test is a scalar subquery on purpose: it runs as one probe of the queue index per
    // row whatever the statistics say, where NOT EXISTS let the planner pick a join that scanned
    // the whole backlog per row on a freshly loaded table. Ordered by next_attempt_at alone, so
    // the due index yields rows in order and the scan stops at the limit.
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d
       WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= $1
         AND d.outbox_id = (
           SELECT min(e.outbox_id) FROM webhook_deliveries e
           WHERE e.subscription_id = d.subscription_id AND e.conversation_id = d.conversation_id
             AND e.delivered_at IS NULL AND e.failed_at IS NULL)
       ORDER BY d.next_attempt_at
       LIMIT $2
       FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_deliveries d
     SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $1 + $3::bigint
     FROM due, webhook_subscriptions s, webhook_outbox o
     WHERE d.id = due.id AND s.id = d.subscription_id AND o.id = d.outbox_id
     RETURNING d.id, d.attempts, d.subscription_id, d.conversation_id, d.outbox_id,
               s.url, s.secret, o.payload`,
    [now, opts.limit, opts.leaseMs],
  );
  return rows
    .map((row) => ({
      id: int(row, 'id'),
      attempt: int(row, 'attempts'),
      subscriptionId: int(row, 'subscription_id'),
      conversationId: int(row, 'conversation_id'),
      outboxId: int(row, 'outbox_id'),
      url: text(row, 'url'),
      secret: text(row, 'secret'),
      payload: toWebhookPayload(json(row, 'payload')),
    }))
    .sort((a, b) => a.id - b.id);
}

/** A 2xx came back. Recorded even if the lease ran out meanwhile: the receiver has the event. */
export async function recordDelivered(
  db: SqlExecutor,
  d: ClaimedDelivery,
  at: { now: number; status: number },
): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries
     SET delivered_at = $2, response_status = $3, last_error = NULL, next_attempt_at = $2
     WHERE id = $1 AND delivered_at IS NULL`,
    [d.id, at.now, at.status],
  );
}

export interface Failure {
  now: number;
  status: number | null;
  error: string;
  /** When to try again; null gives up: the delivery is failed and its queue moves on. */
  retryAt: number | null;
}

/**
 * Records a failed attempt, unless a newer claim owns the row by now. While the head of a queue
 * waits for its retry, the rows behind it cannot go anyway: they are moved to the same time, so the
 * due scan does not walk past them on every poll.
 */
export async function recordFailure(
  db: SqlExecutor,
  d: ClaimedDelivery,
  f: Failure,
): Promise<void> {
  const { rowCount } = await db.query(
    `UPDATE webhook_deliveries
     SET response_status = $3, last_error = $4,
         next_attempt_at = COALESCE($5::bigint, $2::bigint),
         failed_at = CASE WHEN $5::bigint IS NULL THEN $2::bigint END
     WHERE id = $1 AND attempts = $6 AND ${PENDING}`,
    [d.id, f.now, f.status, f.error.slice(0, 500), f.retryAt, d.attempt],
  );
  if (rowCount === 0 || f.retryAt === null) return;
  await db.query(
    `UPDATE webhook_deliveries SET next_attempt_at = $4
     WHERE subscription_id = $1 AND conversation_id = $2 AND outbox_id > $3
       AND ${PENDING} AND next_attempt_at < $4`,
    [d.subscriptionId, d.conversationId, d.outboxId, f.retryAt],
  );
}

/** Gives the row back at once, the attempt left counted: the host is stopping mid-request. */
export async function releaseClaim(db: SqlExecutor, d: ClaimedDelivery, now: number) {
  await db.query(
    `UPDATE webhook_deliveries SET next_attempt_at = $2, last_error = $3
     WHERE id = $1 AND attempts = $4 AND ${PENDING}`,
    [d.id, now, 'Interrupted: the server stopped during the request', d.attempt],
  );
}

/**
 * Deletes outbox entries older than `before` once none of their deliveries is pending (their
 * deliveries go with them), a batch at a time; returns how many went.
 */
export async function pruneOutbox(db: SqlExecutor, before: number, batch = 1000): Promise<number> {
  const { rows } = await db.query(
    `WITH gone AS (
       DELETE FROM webhook_outbox WHERE id IN (
         SELECT o.id FROM webhook_outbox o
         WHERE o.created_at < $1
           AND NOT EXISTS (
             SELECT 1 FROM webhook_deliveries d
             WHERE d.outbox_id = o.id AND d.delivered_at IS NULL AND d.failed_at IS NULL)
         ORDER BY o.created_at LIMIT $2)
       RETURNING 1)
     SELECT count(*) AS n FROM gone`,
    [before, batch],
  );
  return int(firstRow(rows), 'n');
}
