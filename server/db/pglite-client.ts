// PGlite: PostgreSQL compiled to WebAssembly, in this process. One connection, so PGlite itself
// queues transactions one after another.
import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { QueryResult, Row, SqlClient, SqlExecutor } from './client';
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
  return {
    dump: () => db.dumpDataDir('none'),
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    // PGlite belongs to this one process: nobody else can be starting on the same database.
    withAdvisoryLock: (_key, fn) => fn(),
    close: () => db.close(),
  };
}

function executor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<R extends Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      const result = await db.query<R>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
  };
}
