// PostgreSQL through a `pg` pool, for deployments that run more than one process.
import pg from 'pg';
import {
  PLAN_EACH_TIME,
  type QueryResult,
  type Row,
  type SqlClient,
  type SqlExecutor,
} from './client';
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

  const statements = createStatementNames();
  return {
    ...executor(pool, statements),
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let result: T;
      try {
        await client.query('BEGIN');
        result = await fn(executor(client, statements));
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

/**
 * Statements run as named prepared statements, so that PostgreSQL parses and plans each once per
 * connection rather than on every request (planning the inbox page took three times as long as
 * running it). The SQL is fixed text with `$n` parameters, so a process has a few hundred at
 * most; past `limit` distinct texts the rest run unnamed, which keeps a connection's statements
 * bounded even if a caller ever builds SQL of unbounded variety. SQL marked PLAN_EACH_TIME runs
 * unnamed too, planned for its own values.
 */
export function createStatementNames(limit = 500): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    if (sql.startsWith(PLAN_EACH_TIME)) return undefined;
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `parley_${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
}

function executor(
  db: pg.Pool | pg.PoolClient,
  statementName: (sql: string) => string | undefined,
): SqlExecutor {
  return {
    async query<R extends Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      const name = statementName(sql);
      const values = [...params];
      const result = await db.query<R>(
        name === undefined ? { text: sql, values } : { name, text: sql, values },
      );
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
