// PGlite: PostgreSQL compiled to WebAssembly, in this process. One connection, so PGlite itself
// queues transactions one after another.
//
// It also runs in this process's thread: a statement is synchronous work behind a promise, so a
// request's chain of awaited statements gives the event loop no turn of its own. Without one,
// requests that arrive meanwhile are read only once every request under way has finished, and
// start behind the next batch: under load, a few in a hundred wait two rounds instead of one (the
// bench's bulk close of 25 had a p99 of 170-200 ms against a mean of 90). So each statement,
// script or transaction sent from outside a transaction first lets the event loop read what has
// arrived (`turn`), and PGlite's queue serves them in the order they came; inside a transaction
// nothing else can use the database anyway, and the statements follow one another at once.
import { mkdirSync } from 'node:fs';
import { parse, PGlite, protocol, types } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { readsOnly, type QueryResult, type Row, type SqlClient, type SqlExecutor } from './client';
import { toSafeInteger } from './int8';
import { createStatementNames } from './pg-client';

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
  const prepared = preparedReads(db);
  const transaction: SqlClient['transaction'] = async (fn) => {
    await turn();
    let wroteInside = false;
    return db
      .transaction((tx) =>
        fn(
          executor(tx, prepared.inTransaction, noTurn, () => {
            wroteInside = true;
          }),
        ),
      )
      .finally(() => {
        if (wroteInside) wrote();
      });
  };
  // The rest take their turn too, so that they stay behind what was sent before them: a close
  // must not overtake a statement still waiting for its turn.
  return {
    dump: () => turn().then(() => db.dumpDataDir('none')),
    ...executor(db, prepared.alone, turn, wrote),
    transaction,
    // PGlite belongs to this one process: nobody else can be starting on the same database.
    withAdvisoryLock: (_key, fn) => fn(),
    writeCount: () => writes,
    // Not a write: what the database holds stays the same.
    vacuum: () => turn().then(() => db.exec('VACUUM').then(() => undefined)),
    close: () => turn().then(() => db.close()),
  };
}

type PreparedRead = (sql: string, params: readonly unknown[]) => Promise<Row[] | undefined>;

/** The event loop's turn: what arrived while the statements before ran is read first. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const noTurn = () => Promise.resolve();

function executor(
  db: PGlite | Transaction,
  prepared: PreparedRead,
  before: () => Promise<void>,
  wrote: () => void,
): SqlExecutor {
  return {
    async query<R extends Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      await before();
      const reads = readsOnly(sql);
      if (reads) {
        const rows = await prepared(sql, params);
        if (rows !== undefined) return { rows: rows as R[], rowCount: 0 };
      }
      try {
        const result = await db.query<R>(sql, [...params]);
        return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
      } finally {
        if (!reads) wrote();
      }
    },
    async exec(sql: string): Promise<void> {
      await before();
      try {
        await db.exec(sql);
      } finally {
        wrote();
      }
    },
  };
}

/**
 * Reads as named prepared statements, parsed and planned once like on PostgreSQL
 * (pg-client.ts, createStatementNames): PGlite's own query() parses and plans every statement
 * each time, in this process's thread (a search page took 4 ms to plan). The same steps as
 * query(), with the statement's name; undefined for SQL that runs unnamed (PLAN_EACH_TIME, or
 * past the names' limit). `alone` takes PGlite's locks as query() does outside a transaction;
 * `inTransaction` only the query lock, as a transaction's query() does.
 */
function preparedReads(db: PGlite): { alone: PreparedRead; inTransaction: PreparedRead } {
  const names = createStatementNames();
  const paramTypes = new Map<string, number[]>();
  const send = (message: Uint8Array) => db.execProtocolStream(message, { syncToFs: false });
  const run = async (name: string, sql: string, params: readonly unknown[]) => {
    const messages: Awaited<ReturnType<typeof send>> = [];
    try {
      let typeIds = paramTypes.get(name);
      if (typeIds === undefined) {
        await send(protocol.serialize.parse({ name, text: sql, types: [] }));
        typeIds = parse.parseDescribeStatementResults(
          await send(protocol.serialize.describe({ type: 'S', name })),
        );
        paramTypes.set(name, typeIds);
      }
      const ids = typeIds;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = db.serializers[ids[i] ?? 0];
        return serializer ? serializer(value) : String(value);
      });
      messages.push(
        ...(await send(protocol.serialize.bind({ statement: name, values }))),
        ...(await send(protocol.serialize.describe({ type: 'P' }))),
        ...(await send(protocol.serialize.execute({}))),
      );
    } finally {
      messages.push(...(await send(protocol.serialize.sync())));
    }
    return (parse.parseResults(messages, db.parsers)[0]?.rows ?? []) as Row[];
  };
  const named =
    (lock: <T>(fn: () => Promise<T>) => Promise<T>): PreparedRead =>
    (sql, params) => {
      const name = names(sql);
      return name === undefined ? Promise.resolve(undefined) : lock(() => run(name, sql, params));
    };
  return {
    alone: named((fn) => db._runExclusiveTransaction(() => db._runExclusiveQuery(fn))),
    inTransaction: named((fn) => db._runExclusiveQuery(fn)),
  };
}
