// PGlite: PostgreSQL compiled to WebAssembly, in this process. One connection, so PGlite itself
// queues transactions one after another.
import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { WRITES, type QueryResult, type Row, type SqlClient, type SqlExecutor } from './client';
import { toSafeInteger } from './int8';

export interface PgliteOptions {
  /** Where the files live; in memory when omitted (tests). */
  dataDir?: string | undefined;
  /** A data directory from `dump()`, to start from instead of running initdb (tests). */
  from?: Blob | undefined;
}

export interface PgliteClient extends SqlClient {
  /** The whole data directory as an uncompressed tarball, for `from`. */
  dump(): Promise<Blob>;
}

export async function createPgliteClient(options: PgliteOptions = {}): Promise<PgliteClient> {
  const { dataDir, from } = options;
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(from === undefined ? {} : { loadDataDir: from }),
    // Timestamps are bigint milliseconds; well inside Number's exact range.
    parsers: { [types.INT8]: (value: string) => toSafeInteger(value) },
  });
  // Every write reaches this database through this client, so counting them here misses none.
  // Counted once finished (committed, or rolled back, which only costs a needless re-read). A
  // transaction that only read (the clock's look for due snoozes, each second) counts for nothing.
  let writes = 0;
  const wrote = () => {
    writes += 1;
  };
  const transaction: SqlClient['transaction'] = (fn) => {
    let wroteInside = false;
    return db
      .transaction((tx) =>
        fn(
          executor(tx, () => {
            wroteInside = true;
          }),
        ),
      )
      .finally(() => {
        if (wroteInside) wrote();
      });
  };
  return {
    dump: () => db.dumpDataDir('none'),
    ...executor(db, wrote),
    transaction,
    // PGlite belongs to this one process: nobody else can be starting on the same database.
    withAdvisoryLock: (_key, fn) => fn(),
    writeCount: () => writes,
    // Not a write: what the database holds stays the same.
    vacuum: () => db.exec('VACUUM').then(() => undefined),
    close: () => db.close(),
  };
}

/**
 * A lone statement that cannot write: one plain SELECT, or a WITH that names no writing command
 * (a WITH may hold an INSERT), after a leading comment (PLAN_EACH_TIME) if any; one that starts
 * with WRITES is a write whatever it reads as.
 */
const READ_ONLY =
  /^\s*(?:\/\*[^*]*\*\/\s*)?(?:SELECT\b|WITH\b(?![\s\S]*\b(?:INSERT|UPDATE|DELETE|MERGE)\b))[^;]*;?\s*$/i;

function executor(db: PGlite | Transaction, wrote: () => void): SqlExecutor {
  return {
    async query<R extends Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      try {
        const result = await db.query<R>(sql, [...params]);
        return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
      } finally {
        if (sql.startsWith(WRITES) || !READ_ONLY.test(sql)) wrote();
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await db.exec(sql);
      } finally {
        wrote();
      }
    },
  };
}
