// The counts by status of one org, read from the rows the `conversation_counts` triggers append
// (migration 0004): a handful of rows per org instead of a scan of its conversations.
import type { ConversationStatus } from '../../src/domain';
import type { SqlExecutor } from '../db/client';
import { LOCK_KEYS } from '../db/lock-keys';
import { int, text } from './decode';

/**
 * Past this many rows for one org, the read that sees them folds them into one per status. Below
 * it a read sums a few dozen rows; folding more often would only rewrite rows for nothing.
 */
export const FOLD_AFTER = 64;

export async function countByStatus(
  db: SqlExecutor,
  orgId: number,
): Promise<Partial<Record<ConversationStatus, number>>> {
  const { rows } = await db.query(
    `SELECT status, sum(n)::bigint AS n, count(*) AS parts FROM conversation_counts
     WHERE org_id = $1 GROUP BY status`,
    [orgId],
  );
  let parts = 0;
  const counts: Partial<Record<ConversationStatus, number>> = {};
  for (const row of rows) {
    parts += int(row, 'parts');
    const n = int(row, 'n');
    if (n !== 0) counts[text(row, 'status') as ConversationStatus] = n;
  }
  if (parts > FOLD_AFTER) await foldCounts(db, orgId);
  return counts;
}

/**
 * Replaces the org's rows with their sums, in one statement. Writers only append, so the rows a
 * concurrent transaction adds meanwhile are not in this statement's snapshot and stay as they
 * are. Two folds at once stay correct: a row the first one deleted is skipped by the second, so
 * each row's n lands in exactly one sum. The advisory lock only spares the second the work, and
 * only inside a transaction; the counts route reads outside one (each statement its own), where
 * the lock ends with its statement.
 */
export async function foldCounts(db: SqlExecutor, orgId: number): Promise<void> {
  const { rows } = await db.query('SELECT pg_try_advisory_xact_lock($1, $2) AS mine', [
    LOCK_KEYS.counts,
    orgId,
  ]);
  if (rows[0]?.['mine'] !== true) return;
  await db.query(
    `WITH gone AS (DELETE FROM conversation_counts WHERE org_id = $1 RETURNING status, n)
     INSERT INTO conversation_counts (org_id, status, n)
     SELECT $1, status, sum(n) FROM gone GROUP BY status HAVING sum(n) <> 0`,
    [orgId],
  );
}
