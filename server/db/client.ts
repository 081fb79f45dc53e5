// The little SQL surface the Store and the migrations need, so the same code runs on embedded
// PGlite and on a PostgreSQL server.

export type Row = Record<string, unknown>;

export interface QueryResult<R extends Row = Row> {
  rows: R[];
  /** Rows written by INSERT/UPDATE/DELETE; 0 for SELECT. */
  rowCount: number;
}

/**
 * SQL that starts with this comment is planned for its own parameters every time instead of being
 * prepared once per connection: where the best plan depends on the values (how many rows a search
 * word finds), a plan made for no value in particular can read a whole table.
 */
export const PLAN_EACH_TIME = '/* plan each time */';

/**
 * SQL that starts with this comment writes, though it reads as a plain SELECT: a call of a
 * function that writes (where the client counts writes, see `SqlClient.writeCount`).
 */
export const WRITES = '/* writes */';

const READ_ONLY =
  /^\s*(?:\/\*[^*]*\*\/\s*)?(?:SELECT\b|WITH\b(?![\s\S]*\b(?:INSERT|UPDATE|DELETE|MERGE)\b))[^;]*;?\s*$/i;

/**
 * Whether a lone statement cannot write: one plain SELECT, or a WITH that names no writing command
 * (a WITH may hold an INSERT), after a leading comment (PLAN_EACH_TIME) if any; one that starts
 * with WRITES is a write whatever it reads as.
 */
export function readsOnly(sql: string): boolean {
  return !sql.startsWith(WRITES) && READ_ONLY.test(sql);
}

export interface SqlExecutor {
  /** One statement, with `$n` placeholders for every value. */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Several statements without parameters, such as a migration script. */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  /** BEGIN … COMMIT on one connection, ROLLBACK if `fn` throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while holding a session-level advisory lock, for start-up work that spans several
   * transactions (seeding) and must not run twice when two processes start together.
   */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Where this process is the database's only client: see `Store.writeCount`. */
  writeCount?(): number;
  /** Where nothing else reclaims deleted rows' space (PGlite has no autovacuum): VACUUM. */
  vacuum?(): Promise<void>;
  close(): Promise<void>;
}
