// PostgreSQL through a `pg` pool, for deployments that run more than one process.
import pg from 'pg';
import type { QueryResult, Row, SqlClient, SqlExecutor } from './client';
import { toSafeInteger } from './int8';

const INT8_OID = 20;
const INT8_ARRAY_OID = 1016;

export interface PgClientOptions {
  /** Extra server options, e.g. `-c search_path=…` for a test schema. */
  options?: string;
  max?: number;
}

export function createPgClient(connectionString: string, opts: PgClientOptions = {}): SqlClient {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    ...(opts.options === undefined ? {} : { options: opts.options }),
    // Per pool rather than pg.types.setTypeParser, which would change every pg user in the process.
    types: {
      getTypeParser: (id, format) => {
        const oid: number = id;
        if (oid === INT8_OID) return (value: string) => toSafeInteger(value);
        if (oid === INT8_ARRAY_OID)
          return (value: string) => pg.types.arrayParser(value, toSafeInteger);
        return pg.types.getTypeParser(id, format);
      },
    },
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));

  return {
    ...executor(pool),
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let result: T;
      try {
        await client.query('BEGIN');
        result = await fn(executor(client));
        await client.query('COMMIT');
      } catch (error) {
        // A connection that cannot even roll back is broken: hand it back to be discarded.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: unknown) =>
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)),
        );
        client.release(broken);
        throw error;
      }
      client.release();
      return result;
    },
    async withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T> {
      // Held on a connection of its own, so `fn` can use the rest of the pool meanwhile.
      const holder = await pool.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await holder.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        holder.release();
      }
    },
    close: () => pool.end(),
  };
}

function executor(db: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<R extends Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      const result = await db.query<R>(sql, [...params]);
      return {
        rows: result.rows,
        rowCount: result.command === 'SELECT' ? 0 : (result.rowCount ?? 0),
      };
    },
    async exec(sql: string): Promise<void> {
      await db.query(sql);
    },
  };
}
