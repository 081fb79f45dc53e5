// `Store.optimistic` on SQL: a change that reads its rows without locking them, outside BEGIN and
// COMMIT, and writes with one all-or-nothing statement (parley_write_changes with its last
// argument true, migration 0019), which undoes itself with serialization_failure (40001) where a
// row changed since it was read. The executor here lets through plain reads, then that one write,
// and nothing after it: a statement that would write or lock before it means the change needs a
// transaction after all (NeedsTransaction, nothing written yet); one after it is a bug, since the
// write has committed on its own.
import { readsOnly, type QueryResult, type Row, type SqlExecutor } from '../db/client';

/** The change needs a transaction after all; nothing was written. */
export class NeedsTransaction extends Error {
  constructor(what: string) {
    super(`needs a transaction: ${what}`);
    this.name = 'NeedsTransaction';
  }
}

export interface OptimisticExecutor extends SqlExecutor {
  /** The change's one write, all or nothing; it commits on its own and nothing may follow it. */
  writeLast<R extends Row>(sql: string, params: readonly unknown[]): Promise<QueryResult<R>>;
}

const LOCKS = /\bFOR\s+(?:NO\s+KEY\s+UPDATE|UPDATE|KEY\s+SHARE|SHARE)\b|\bpg_advisory/i;

const firstLine = (sql: string) => sql.trim().split('\n')[0] ?? '';

export function optimisticExecutor(db: SqlExecutor): OptimisticExecutor {
  let written = false;
  const check = (sql: string) => {
    if (written) throw new Error(`a statement after an optimistic write: ${firstLine(sql)}`);
  };
  return {
    async query<R extends Row>(sql: string, params?: readonly unknown[]) {
      check(sql);
      if (!readsOnly(sql) || LOCKS.test(sql)) throw new NeedsTransaction(firstLine(sql));
      return db.query<R>(sql, params);
    },
    async exec(sql: string) {
      check(sql);
      throw new NeedsTransaction(firstLine(sql));
    },
    async writeLast<R extends Row>(sql: string, params: readonly unknown[]) {
      check(sql);
      written = true;
      return db.query<R>(sql, params);
    },
  };
}
