// Fresh, isolated databases for tests: an in-memory PGlite, or a throwaway schema in the
// PostgreSQL at TEST_DATABASE_URL (a schema rather than a database, so that a role without
// CREATEDB can run the suite). Every call gets its own, so runs and files never share rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SqlClient } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { createPgClient } from '../../server/db/pg-client';
import { createPgliteClient } from '../../server/db/pglite-client';
import { pgliteTemplate } from './pglite-template';

export interface TestDatabase {
  client: SqlClient;
  /** Another pool on the same database (PostgreSQL only), for tests of concurrent processes. */
  connect?: () => SqlClient;
  /** A DATABASE_URL that lands in this test's schema (PostgreSQL only), for starting hosts. */
  url?: string;
  /** Closes the client and removes everything the test wrote. */
  drop(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] || undefined;

export const POSTGRES_SKIP_MESSAGE =
  'PostgreSQL API suite skipped: set TEST_DATABASE_URL (see README, Testing), e.g. eval "$(bash scripts/ci-postgres.sh)"';

export async function freshPglite(): Promise<TestDatabase> {
  const client = await createPgliteClient({ from: await pgliteTemplate() });
  // A no-op with an up-to-date template; still run, so a stale one cannot slip through.
  await migrate(client);
  return { client, drop: () => client.close() };
}

export async function freshPostgres(
  url: string,
  opts: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  // Generated from hex digits only, so it is safe to place in SQL as an identifier.
  const schema = `parley_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await admin.end();
  }
  const connect = () => createPgClient(url, { options: `-c search_path=${schema}`, max: 5 });
  const client = connect();
  const others: SqlClient[] = [];
  if (opts.migrate !== false) await migrate(client);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    client,
    url: withSchema.toString(),
    connect() {
      const other = connect();
      others.push(other);
      return other;
    },
    async drop() {
      await Promise.all([client, ...others].map((c) => c.close().catch(() => undefined)));
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Empties every table but the migration record, and restarts the ids: a fresh database in milliseconds. */
export async function resetDatabase(client: SqlClient): Promise<void> {
  const { rows } = await client.query(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
  );
  const names = rows.map((row) => String(row['name']));
  if (names.length > 0) await client.exec(`TRUNCATE ${names.join(', ')} RESTART IDENTITY CASCADE`);
}
