// Picks the database from the configuration and brings its schema up to date.
import type { SqlClient } from './db/client';
import { migrate } from './db/migrate';
import { createPgClient } from './db/pg-client';
import { createPgliteClient } from './db/pglite-client';

export interface DatabaseConfig {
  /** PostgreSQL when set (e.g. `postgres://user@host/db`). */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files otherwise; omitted, an in-memory database (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(config: DatabaseConfig): Promise<SqlClient> {
  const client =
    config.databaseUrl !== undefined && config.databaseUrl !== ''
      ? createPgClient(config.databaseUrl)
      : await createPgliteClient({ dataDir: config.dataDir });
  try {
    await migrate(client);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return client;
}

/** Where the database is, for the start-up log; never the password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.databaseUrl !== undefined && config.databaseUrl !== '') {
    try {
      const url = new URL(config.databaseUrl);
      return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  return config.dataDir === undefined ? 'PGlite in memory' : `PGlite in ${config.dataDir}`;
}
