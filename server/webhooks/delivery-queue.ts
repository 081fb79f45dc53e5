// The worker's side of webhook_deliveries. A delivery is claimed by pushing its next_attempt_at
// one lease ahead in a short statement (FOR UPDATE SKIP LOCKED: two processes never claim the same
// row), then sent with no transaction open (PGlite has one connection; a slow receiver must not
// hold it), then recorded. A process that dies in between leaves the lease to run out, and the row
// is sent again: at least once. Only the oldest pending row of each (subscription, conversation)
// queue is ever claimable, which keeps events in order per conversation.
//
// Fairness: the worker asks for one candidate per endpoint (its soonest due head), so a backlog or
// a dead receiver of one subscription never hides another's work, and picks among them itself
// (see webhook-worker.ts). Each endpoint remembers since when all its attempts failed; three days
// of that disables it.
import type { WebhookPayload } from '../../src/domain';
import { DISABLED_ERROR } from '../../src/backend/store';
import type { SqlExecutor } from '../db/client';
import { bool, firstRow, int, intOrNull, json, text, textOrNull } from '../sql/decode';
import { toWebhookPayload } from '../sql/webhook-payload';

export interface Candidate {
  id: number;
  subscriptionId: number;
  orgId: number;
  /** Every attempt to this endpoint has failed lately (it has a failure streak). */
  failing: boolean;
}

export interface ClaimedDelivery extends Candidate {
  /** Opaque, sent as X-Parley-Delivery. */
  key: string;
  /** attempts after this claim: the token that lets only this attempt record a failure. */
  attempt: number;
  conversationId: number;
  outboxId: number;
  url: string;
  secret: string;
  /** The secret before a rotation, while it still signs beside the new one. */
  previousSecret: string | null;
  payload: WebhookPayload;
}

const PENDING = 'delivered_at IS NULL AND failed_at IS NULL';

/**
 * The soonest due head of each enabled endpoint's queues, endpoints in `busy` left out: healthy
 * endpoints first, then those failing lately, each soonest first. Endpoints with pending rows are walked through the queue index one probe each (a loose
 * index scan), so the cost follows the number of endpoints, not the backlog.
 */
export async function dueCandidates(
  db: SqlExecutor,
  now: number,
  opts: { busy: readonly number[]; limit: number },
): Promise<Candidate[]> {
  const { rows } = await db.query(
    `WITH RECURSIVE subs(id) AS (
       SELECT min(subscription_id) FROM webhook_deliveries WHERE ${PENDING}
       UNION ALL
       SELECT (SELECT min(d.subscription_id) FROM webhook_deliveries d
               WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.subscription_id > subs.id)
       FROM subs WHERE subs.id IS NOT NULL
     )
     SELECT h.id, s.id AS subscription_id, s.org_id, s.failing_since IS NOT NULL AS failing
     FROM subs
     JOIN webhook_subscriptions s
       ON s.id = subs.id AND s.disabled_at IS NULL AND s.paused_at IS NULL
         AND NOT (s.id = ANY($2::int[]))
     CROSS JOIN LATERAL (
       SELECT d.id, d.next_attempt_at FROM webhook_deliveries d
       WHERE d.subscription_id = s.id AND d.delivered_at IS NULL AND d.failed_at IS NULL
         AND d.next_attempt_at <= $1
         AND d.outbox_id = (
           SELECT min(e.outbox_id) FROM webhook_deliveries e
           WHERE e.subscription_id = d.subscription_id AND e.conversation_id = d.conversation_id
             AND e.delivered_at IS NULL AND e.failed_at IS NULL)
       ORDER BY d.next_attempt_at
       LIMIT 1
     ) h
     ORDER BY failing, h.next_attempt_at, h.id
     LIMIT $3`,
    [now, [...opts.busy], opts.limit],
  );
  return rows.map((row) => ({
    id: int(row, 'id'),
    subscriptionId: int(row, 'subscription_id'),
    orgId: int(row, 'org_id'),
    failing: bool(row, 'failing'),
  }));
}

/**
 * Claims the chosen candidates that are still due (another process may have taken one since it
 * was read: its lease moved it past `now`, and it is skipped).
 */
export async function claim(
  db: SqlExecutor,
  ids: readonly number[],
  now: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d
       WHERE d.id = ANY($1::bigint[]) AND d.delivered_at IS NULL AND d.failed_at IS NULL
         AND d.next_attempt_at <= $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE webhook_deliveries d
     SET attempts = d.attempts + 1, last_attempt_at = $2, next_attempt_at = $2 + $3::bigint
     FROM due, webhook_subscriptions s, webhook_outbox o
     WHERE d.id = due.id AND s.id = d.subscription_id AND s.disabled_at IS NULL
       AND s.paused_at IS NULL AND o.id = d.outbox_id
     RETURNING d.id, d.public_id::text AS public_id, d.attempts, d.subscription_id, s.org_id,
               s.failing_since IS NOT NULL AS failing,
               d.conversation_id, d.outbox_id, s.url, s.secret, o.payload,
               CASE WHEN s.previous_secret_until > $2 THEN s.previous_secret END AS previous_secret`,
    [[...ids], now, leaseMs],
  );
  return rows
    .map((row) => ({
      id: int(row, 'id'),
      key: text(row, 'public_id'),
      attempt: int(row, 'attempts'),
      subscriptionId: int(row, 'subscription_id'),
      orgId: int(row, 'org_id'),
      failing: bool(row, 'failing'),
      conversationId: int(row, 'conversation_id'),
      outboxId: int(row, 'outbox_id'),
      url: text(row, 'url'),
      secret: text(row, 'secret'),
      previousSecret: textOrNull(row, 'previous_secret'),
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
  await db.query(
    'UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL',
    [d.subscriptionId],
  );
}

export interface Failure {
  now: number;
  status: number | null;
  /** The failure's class (see send-webhook.ts), never a resolver's or a socket's words. */
  error: string;
  /** When to try again; null gives up: the delivery is failed and its queue moves on. */
  retryAt: number | null;
  /** An endpoint whose attempts have all failed for this long is disabled. */
  disableAfterMs: number;
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
  if (rowCount === 0) return;
  if (await failingTooLong(db, d, f)) return;
  if (f.retryAt === null) return;
  await db.query(
    `UPDATE webhook_deliveries SET next_attempt_at = $4
     WHERE subscription_id = $1 AND conversation_id = $2 AND outbox_id > $3
       AND ${PENDING} AND next_attempt_at < $4`,
    [d.subscriptionId, d.conversationId, d.outboxId, f.retryAt],
  );
}

/**
 * Starts or extends the endpoint's failure streak; once it has lasted `disableAfterMs`, disables
 * the endpoint and fails what it has pending (nothing more is sent until an admin turns it on).
 */
async function failingTooLong(db: SqlExecutor, d: ClaimedDelivery, f: Failure): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE webhook_subscriptions SET failing_since = COALESCE(failing_since, $2)
     WHERE id = $1 AND disabled_at IS NULL RETURNING failing_since`,
    [d.subscriptionId, f.now],
  );
  const since = rows[0] === undefined ? null : intOrNull(rows[0], 'failing_since');
  if (since === null || f.now - since < f.disableAfterMs) return false;
  const days = Math.round(f.disableAfterMs / 86_400_000);
  const span = days >= 1 ? `${days} day${days === 1 ? '' : 's'}` : `${f.disableAfterMs} ms`;
  await db.query(
    `WITH sub AS (
       UPDATE webhook_subscriptions SET disabled_at = $2, disabled_reason = $3
       WHERE id = $1 AND disabled_at IS NULL RETURNING id
     )
     UPDATE webhook_deliveries SET failed_at = $2, next_attempt_at = $2,
       last_error = CASE WHEN id = $5 THEN last_error ELSE $4 END
     WHERE subscription_id = (SELECT id FROM sub) AND delivered_at IS NULL AND failed_at IS NULL`,
    [
      d.subscriptionId,
      f.now,
      `Every delivery failed for ${span} (last: ${f.error}); turned off`,
      DISABLED_ERROR,
      d.id,
    ],
  );
  return true;
}

/** Gives the row back at once, the attempt left counted: the host is stopping mid-request. */
export async function releaseClaim(db: SqlExecutor, d: ClaimedDelivery, now: number) {
  await db.query(
    `UPDATE webhook_deliveries SET next_attempt_at = $2, last_error = $3
     WHERE id = $1 AND attempts = $4 AND ${PENDING}`,
    [d.id, now, 'interrupted', d.attempt],
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
