// Shorthands for the common "zero or one row" and "many rows" reads.
import type { Row, SqlExecutor } from '../db/client';
import { firstRow } from './decode';

export interface Reader {
  one<T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T | null>;
  many<T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T[]>;
  /** For INSERT … RETURNING, which always gives back its row. */
  returning<T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T>;
}

export function reader(db: SqlExecutor): Reader {
  return {
    async one(sql, params, map) {
      const { rows } = await db.query(sql, params);
      return rows[0] === undefined ? null : map(rows[0]);
    },
    async many(sql, params, map) {
      return (await db.query(sql, params)).rows.map(map);
    },
    async returning(sql, params, map) {
      return map(firstRow((await db.query(sql, params)).rows));
    },
  };
}
