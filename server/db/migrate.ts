// Brings the schema up to date at start-up. Two processes starting together against one
// PostgreSQL take the same advisory lock, so the second waits and then finds nothing to do.
import type { SqlClient } from './client';
import { toSafeInteger } from './int8';
import { LOCK_KEYS } from './lock-keys';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

/** Applies every pending migration in one transaction; returns the versions it applied. */
export async function migrate(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEYS.migrations]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at bigint NOT NULL
       )`,
    );
    const { rows } = await tx.query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => toSafeInteger(row['version'])));
    const pending = [...migrations]
      .filter((m) => !applied.has(m.version))
      .sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      );
    }
    return pending.map((m) => m.version);
  });
}
