// The counts beside the views (migration 0004's triggers, folded by reads) stay exact while many
// connections insert, change the status of and delete conversations at once, in single-row and
// set-based statements, and while other readers fold the rows: only a real PostgreSQL shows it.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES, type ConversationStatus } from '../../src/domain';
import type { SqlClient, SqlExecutor } from '../../server/db/client';
import { createSqlStore } from '../../server/sql-store';
import { FOLD_AFTER } from '../../server/sql/conversation-counts';
import { newConversation, seedFixture, type Fixture } from './fixtures';
import {
  freshPostgres,
  POSTGRES_SKIP_MESSAGE,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '../server/databases';

if (TEST_DATABASE_URL === undefined)
  console.log(POSTGRES_SKIP_MESSAGE.replace('API suite', 'counts tests'));

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function truth(db: SqlExecutor, orgId: number) {
  const { rows } = await db.query(
    'SELECT status, count(*)::int AS n FROM conversations WHERE org_id = $1 GROUP BY status',
    [orgId],
  );
  return Object.fromEntries(rows.map((row) => [String(row['status']), Number(row['n'])]));
}

/** The sums as they stand, without folding (a repeatable-read snapshot must not write). */
async function summed(db: SqlExecutor, orgId: number) {
  const { rows } = await db.query(
    `SELECT status, sum(n)::int AS n FROM conversation_counts WHERE org_id = $1
     GROUP BY status HAVING sum(n) <> 0`,
    [orgId],
  );
  return Object.fromEntries(rows.map((row) => [String(row['status']), Number(row['n'])]));
}

/** Runs `fn` again when PostgreSQL picks it as a deadlock victim (set-based updates may cross). */
async function retried<T>(client: SqlClient, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await client.transaction(fn);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

describe.skipIf(TEST_DATABASE_URL === undefined)('conversation counts (PostgreSQL)', () => {
  let db: TestDatabase;
  let pools: SqlClient[];
  let f: Fixture;

  beforeAll(async () => {
    db = await freshPostgres(TEST_DATABASE_URL ?? '');
    pools = [db.client, db.connect?.() ?? db.client, db.connect?.() ?? db.client];
    f = await createSqlStore(db.client).transaction(seedFixture);
  });
  afterAll(() => db.drop());

  it('match a count of the rows after concurrent inserts, status changes, deletes and folds', async () => {
    const store = createSqlStore(db.client);
    const otherStore = createSqlStore(pools[1] ?? db.client);
    await store.transaction(async (tx) => {
      for (let i = 0; i < 40; i += 1)
        await tx.insertConversation(
          newConversation(f, { status: STATUSES[i % STATUSES.length] as ConversationStatus }),
        );
      // Another org's rows must never leak into Acme's counts.
      for (let i = 0; i < 5; i += 1)
        await tx.insertConversation({ ...newConversation(f), orgId: f.otherOrgId });
    });

    const snapshots: { sums: object; rows: object }[] = [];
    const statusList = `ARRAY[${STATUSES.map((s) => `'${s}'`).join(',')}]`;
    const worker = async (seed: number, client: SqlClient) => {
      const next = random(seed);
      for (let step = 0; step < 60; step += 1) {
        const roll = next();
        await retried(client, async (tx) => {
          if (roll < 0.2) {
            // A few new conversations in one statement.
            const status = STATUSES[Math.floor(next() * STATUSES.length)];
            await tx.query(
              `INSERT INTO conversations (org_id, inbox_id, contact_id, status, channel, created_at,
                 updated_at, last_activity_at, priority, version)
               SELECT $1, $2, $3, $4, 'chat', 1, 1, 1, 'none', 1 FROM generate_series(1, $5)`,
              [f.orgId, f.inboxId, f.contactIds[0], status, 1 + Math.floor(next() * 3)],
            );
          } else if (roll < 0.3) {
            await tx.query(
              `DELETE FROM conversations WHERE id = (
                 SELECT id FROM conversations WHERE org_id = $1 ORDER BY random() LIMIT 1
                 FOR UPDATE SKIP LOCKED)`,
              [f.orgId],
            );
          } else if (roll < 0.55) {
            // Set-based, as a bulk action: up to 25 rows, each to a random status, locked in id
            // order first so that two of them queue instead of deadlocking.
            await tx.query(
              `WITH picked AS (
                 SELECT id FROM conversations WHERE org_id = $1 ORDER BY random() LIMIT 25
               ), locked AS (
                 SELECT c.id FROM conversations c JOIN picked USING (id) ORDER BY c.id FOR UPDATE
               )
               UPDATE conversations c
               SET status = (${statusList})[1 + floor(random() * ${STATUSES.length})::int],
                   version = c.version + 1
               FROM locked WHERE c.id = locked.id`,
              [f.orgId],
            );
          } else if (roll < 0.75) {
            // One row's status, or only its priority (which must change no count).
            const statusChange = next() < 0.7;
            await tx.query(
              `UPDATE conversations SET ${
                statusChange
                  ? `status = (${statusList})[1 + floor(random() * ${STATUSES.length})::int]`
                  : "priority = 'high'"
              }
               WHERE id = (SELECT id FROM conversations WHERE org_id = $1 ORDER BY random() LIMIT 1
                 FOR UPDATE SKIP LOCKED)`,
              [f.orgId],
            );
          } else if (roll < 0.9) {
            // A reader through the store: sums the rows and folds them once there are many. Some
            // read outside a transaction, as the counts route does, where folds may overlap.
            const reader = seed % 2 === 0 ? store : otherStore;
            await (seed % 4 < 2
              ? reader.read((stx) => stx.countByStatus(f.orgId))
              : reader.transaction((stx) => stx.countByStatus(f.orgId)));
          } else {
            // A snapshot in which the sums and a real count must agree, mid-storm.
            await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
            const seen = { sums: await summed(tx, f.orgId), rows: await truth(tx, f.orgId) };
            snapshots.push(seen);
          }
        });
      }
    };
    await Promise.all(
      Array.from({ length: 9 }, (_, i) => worker(i + 1, pools[i % pools.length] ?? db.client)),
    );

    expect(snapshots.length).toBeGreaterThan(0);
    expect(snapshots.filter((seen) => !isDeepStrictEqual(seen.sums, seen.rows))).toEqual([]);
    const expected = await truth(db.client, f.orgId);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual(expected);
    expect(await store.transaction((tx) => tx.countByStatus(f.otherOrgId))).toEqual({ open: 5 });
    // Reads fold: whatever the storm appended, the org is back to at most a row per status.
    const { rows } = await db.client.query(
      'SELECT count(*)::int AS parts FROM conversation_counts WHERE org_id = $1',
      [f.orgId],
    );
    expect(Number(rows[0]?.['parts'])).toBeLessThanOrEqual(FOLD_AFTER);
    // Another read after the fold agrees too.
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual(expected);
  }, 120_000);

  it('folds many rows into one per status without changing the counts', async () => {
    const store = createSqlStore(db.client);
    const before = await truth(db.client, f.orgId);
    // Flip one conversation back and forth: every flip appends two rows.
    const { rows } = await db.client.query(
      "SELECT id FROM conversations WHERE org_id = $1 AND status = 'open' LIMIT 1",
      [f.orgId],
    );
    let id = Number(rows[0]?.['id']);
    if (!Number.isInteger(id)) {
      id = (await store.transaction((tx) => tx.insertConversation(newConversation(f)))).id;
      before['open'] = (before['open'] ?? 0) + 1;
    }
    for (let i = 0; i < FOLD_AFTER; i += 1) {
      await db.client.query(
        "UPDATE conversations SET status = CASE status WHEN 'open' THEN 'closed' ELSE 'open' END WHERE id = $1",
        [id],
      );
    }
    const parts = async () =>
      Number(
        (
          await db.client.query(
            'SELECT count(*)::int AS n FROM conversation_counts WHERE org_id = $1',
            [f.orgId],
          )
        ).rows[0]?.['n'],
      );
    expect(await parts()).toBeGreaterThan(FOLD_AFTER);
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual(before);
    expect(await parts()).toBeLessThanOrEqual(STATUSES.length);
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual(before);
  }, 60_000);
});
