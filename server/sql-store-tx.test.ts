// A StoreTx is made for every transaction and every optimistic change (a bulk close makes one):
// it names its methods in one object literal (server/sql-store.ts), where spreading the method
// groups into one object cost V8 about half a millisecond each time (bench/close-cpu.ts measures
// it; docs/performance.md has the figures).
import { describe, expect, it } from 'vitest';
import type { SqlExecutor } from './db/client';
import { sqlStoreTx } from './sql-store';

const db: SqlExecutor = {
  query: () => Promise.resolve({ rows: [], rowCount: 0 }),
  exec: () => Promise.resolve(),
};

describe('sqlStoreTx', () => {
  it('has only methods, and the same ones in and out of a transaction', () => {
    const inTx = sqlStoreTx(db);
    const reads = sqlStoreTx(db, false);
    expect(Object.keys(reads)).toEqual(Object.keys(inTx));
    expect(Object.values(inTx).every((method) => typeof method === 'function')).toBe(true);
  });
});
