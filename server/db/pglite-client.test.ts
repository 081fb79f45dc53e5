import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_EACH_TIME, WRITES } from './client';
import { createPgliteClient, type PgliteClient } from './pglite-client';

/** A database in memory with one table of notes. */
async function notesDatabase(): Promise<PgliteClient> {
  const db = await createPgliteClient();
  await db.exec('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  return db;
}

describe('PGlite client: its count of writes', () => {
  let db: PgliteClient;
  beforeAll(async () => {
    db = await notesDatabase();
  });
  afterAll(() => db.close());

  const count = () => db.writeCount?.() ?? Number.NaN;

  it('stays put for plain SELECTs', async () => {
    const before = count();
    await db.query('SELECT count(*) FROM notes');
    await db.query(
      `SELECT id
      FROM notes WHERE body = $1`,
      ['x'],
    );
    // A search: planned each time on PostgreSQL, a WITH of SELECTs alone.
    await db.query(
      `${PLAN_EACH_TIME}WITH t AS MATERIALIZED (SELECT id FROM notes WHERE body = $1)
       SELECT n.id, n.body AS updated_body FROM t JOIN notes n ON n.id = t.id`,
      ['x'],
    );
    expect(count()).toBe(before);
  });

  it('grows once a lone write, a script or a transaction has finished', async () => {
    let before = count();
    await db.query('INSERT INTO notes (body) VALUES ($1)', ['one']);
    expect(count()).toBeGreaterThan(before);
    before = count();
    // A WITH may write: it counts.
    await db.query(
      'WITH gone AS (DELETE FROM notes WHERE body = $1 RETURNING id) SELECT * FROM gone',
      ['none'],
    );
    expect(count()).toBeGreaterThan(before);
    before = count();
    await db.exec("UPDATE notes SET body = 'two'");
    expect(count()).toBeGreaterThan(before);
    before = count();
    let inside = Number.NaN;
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (body) VALUES ($1)', ['three']);
      inside = count();
    });
    // Not while the transaction is open (its write is not visible yet), but once it is done.
    expect(inside).toBe(before);
    expect(count()).toBeGreaterThan(before);
  });

  it('grows for a SELECT marked as a write: a call of a function that writes', async () => {
    await db.exec(`CREATE FUNCTION add_note(text) RETURNS int LANGUAGE sql AS
      'INSERT INTO notes (body) VALUES ($1) RETURNING id'`);
    const before = count();
    await db.query(`${WRITES} SELECT add_note($1) AS id`, ['four']);
    expect(count()).toBeGreaterThan(before);
    const inTransaction = count();
    await db.transaction((tx) => tx.query(`${WRITES} SELECT add_note($1) AS id`, ['five']));
    expect(count()).toBeGreaterThan(inTransaction);
  });

  it('stays put for a transaction that only read', async () => {
    const before = count();
    await db.transaction(async (tx) => {
      await tx.query('SELECT id FROM notes FOR UPDATE');
    });
    expect(count()).toBe(before);
  });

  it('grows after a transaction that failed too', async () => {
    const before = count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (body) VALUES ($1)', ['four']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(count()).toBeGreaterThan(before);
  });
});

describe('PGlite client: the event loop between statements', () => {
  let db: PgliteClient;
  beforeAll(async () => {
    db = await notesDatabase();
  });
  afterAll(() => db.close());

  /**
   * A request's statements, one after another, and something that arrives on the event loop as
   * they start (another request, in the host): what each saw, in order.
   */
  async function chainWithArrival(statement: (i: number) => Promise<unknown>) {
    const order: string[] = [];
    const chain = (async () => {
      for (let i = 0; i < 4; i += 1) {
        await statement(i);
        order.push(`statement ${i}`);
      }
    })();
    setImmediate(() => order.push('arrival'));
    await chain;
    return order;
  }

  it('lets what arrived meanwhile run between a chain of statements, not after all of them', async () => {
    const order = await chainWithArrival((i) =>
      i % 2 === 0
        ? db.query('SELECT count(*) FROM notes')
        : db.query('INSERT INTO notes (body) VALUES ($1)', [`note ${i}`]),
    );
    expect(order).toContain('arrival');
    expect(order.at(-1)).toBe('statement 3');
  });

  it('does the same between transactions and scripts', async () => {
    const order = await chainWithArrival((i) =>
      i % 2 === 0
        ? db.transaction((tx) => tx.query('INSERT INTO notes (body) VALUES ($1)', [`t ${i}`]))
        : db.exec("UPDATE notes SET body = body || '.'"),
    );
    expect(order).toContain('arrival');
    expect(order.at(-1)).toBe('statement 3');
  });

  it('keeps the order things were sent in: a statement sent before a close is answered', async () => {
    const other = await createPgliteClient();
    const read = other.query<{ one: number }>('SELECT 1 AS one');
    const vacuumed = other.vacuum?.();
    await other.close();
    expect((await read).rows[0]?.one).toBe(1);
    await expect(vacuumed).resolves.toBeUndefined();
  });

  it('keeps a transaction’s own statements together', async () => {
    const order: string[] = [];
    await db.transaction(async (tx) => {
      setImmediate(() => order.push('arrival'));
      for (let i = 0; i < 4; i += 1) {
        await tx.query('INSERT INTO notes (body) VALUES ($1)', [`in ${i}`]);
        order.push(`statement ${i}`);
      }
    });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(order.at(-1)).toBe('arrival');
  });
});
