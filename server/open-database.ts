// Picks the database from the configuration and brings its schema up to date. A PGlite directory
// is this process's alone while it is open (see db/data-dir-lock.ts).
import { mkdirSync } from 'node:fs';
import type { SqlClient } from './db/client';
import { diagnoseDataDir } from './db/data-dir-errors';
import { DataDirLockedError, lockDataDir } from './db/data-dir-lock';
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
      : config.dataDir === undefined
        ? await createPgliteClient()
        : await openDataDir(config.dataDir);
  try {
    await migrate(client);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return client;
}

/**
 * PGlite on a directory: made if missing, locked (before anything is read, so a second process
 * stops at once), opened; the lock is released when the client closes. A failure names the
 * directory and its cause.
 */
async function openDataDir(dir: string): Promise<SqlClient> {
  let lock;
  try {
    mkdirSync(dir, { recursive: true });
    lock = lockDataDir(dir);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error;
    throw diagnoseDataDir(dir, error);
  }
  try {
    const client = await createPgliteClient({ dataDir: dir });
    return {
      ...client,
      async close() {
        try {
          await client.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw diagnoseDataDir(dir, error);
  }
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
