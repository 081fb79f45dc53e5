// What only a real PostgreSQL with several connections can show: row locks, SKIP LOCKED, the
// version check under contention, and migrations started by two processes at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoreTx } from '../../src/backend/store';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { newConversation, seedFixture } from './fixtures';
import type { Fixture } from './fixtures';
import { createSqlStore } from '../../server/sql-store';
import {
  freshPostgres,
  POSTGRES_SKIP_MESSAGE,
  resetDatabase,
  TEST_DATABASE_URL,
} from '../server/databases';
import type { TestDatabase } from '../server/databases';

if (TEST_DATABASE_URL === undefined)
  console.log(POSTGRES_SKIP_MESSAGE.replace('API suite', 'concurrency tests'));

/** A promise the test resolves by hand, to hold a transaction open at a chosen point. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe.skipIf(TEST_DATABASE_URL === undefined)('SQL store under concurrency (PostgreSQL)', () => {
  const url = TEST_DATABASE_URL ?? '';
  let db: TestDatabase;
  let a: Store;
  let b: Store;
  let f: Fixture;

  beforeAll(async () => {
    db = await freshPostgres(url);
    a = createSqlStore(db.client);
    b = createSqlStore(db.connect?.() ?? db.client);
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await resetDatabase(db.client);
    f = await a.transaction(seedFixture);
  });

  const insert = (n: number, o: Parameters<typeof newConversation>[1] = {}) =>
    a.transaction(async (tx) => {
      const ids: number[] = [];
      for (let i = 0; i < n; i += 1)
        ids.push((await tx.insertConversation(newConversation(f, o))).id);
      return ids;
    });

  it('never gives two clocks the same due conversation', async () => {
    const due = await insert(3, { status: 'snoozed', snoozedUntil: 1 });
    const held = gate();
    const taken = gate();
    let first: number[] = [];
    const holder = a.transaction(async (tx) => {
      first = (await tx.listClockCandidates(10, 1)).map((c) => c.id);
      taken.open();
      await held.wait;
    });
    await taken.wait;
    const second = await b.transaction(async (tx) =>
      (await tx.listClockCandidates(10, 10)).map((c) => c.id),
    );
    held.open();
    await holder;
    expect(first).toEqual([due[0]]);
    expect(second).toEqual(due.slice(1));
  });

  it("makes a second writer wait for the row lock, then see the first one's version", async () => {
    const [id = 0] = await insert(1);
    const held = gate();
    const locked = gate();
    const first = a.transaction(async (tx) => {
      const c = await tx.getConversation(f.orgId, id, { forUpdate: true });
      if (!c) throw new Error('missing');
      locked.open();
      await held.wait;
      return tx.updateConversation({ ...c, status: 'closed', version: c.version + 1 }, c.version);
    });
    await locked.wait;
    let secondRead = false;
    const second = b.transaction(async (tx) => {
      const c = await tx.getConversation(f.orgId, id, { forUpdate: true });
      secondRead = true;
      return c;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondRead).toBe(false);
    held.open();
    expect(await first).toBe(true);
    expect(await second).toMatchObject({ status: 'closed', version: 2 });
  });

  it('refuses the later of two saves based on the same version', async () => {
    const [id = 0] = await insert(1);
    const both = gate();
    let reads = 0;
    const save = (store: Store, status: 'closed' | 'pending') =>
      store.transaction(async (tx: StoreTx) => {
        const c = await tx.getConversation(f.orgId, id);
        if (!c) throw new Error('missing');
        reads += 1;
        if (reads === 2) both.open();
        await both.wait;
        return tx.updateConversation({ ...c, status, version: c.version + 1 }, c.version);
      });
    const results = await Promise.all([save(a, 'closed'), save(b, 'pending')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.transaction((tx) => tx.getConversation(f.orgId, id))).toMatchObject({
      version: 2,
    });
  });

  it("commits an org's feed entries in id order, so a reader never skips one", async () => {
    const held = gate();
    const appended = gate();
    const change = {
      orgId: f.orgId,
      type: 'counts.changed' as const,
      conversationId: null,
      data: {},
      createdAt: 1,
    };
    const first = a.transaction(async (tx) => {
      const event = await tx.appendChange(change);
      appended.open();
      await held.wait;
      return event.id;
    });
    await appended.wait;
    let secondId = 0;
    const second = b.transaction(async (tx) => {
      secondId = (await tx.appendChange(change)).id;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // While the first is open, the second cannot take a later id and commit ahead of it.
    expect(secondId).toBe(0);
    expect(await a.transaction((tx) => tx.listChangesSince(f.orgId, 0, 10))).toEqual([]);
    held.open();
    const firstId = await first;
    await second;
    expect(secondId).toBeGreaterThan(firstId);
  });

  it('runs a deadlock victim again, so both transactions succeed', async () => {
    const [x = 0, y = 0] = await insert(2);
    const bothLocked = gate();
    let locked = 0;
    let runs = 0;
    const lockBoth = (store: Store, order: [number, number]) =>
      store.transaction(async (tx) => {
        runs += 1;
        await tx.getConversation(f.orgId, order[0], { forUpdate: true });
        locked += 1;
        if (locked === 2) bothLocked.open();
        await bothLocked.wait;
        return (await tx.getConversation(f.orgId, order[1], { forUpdate: true }))?.id;
      });
    expect(await Promise.all([lockBoth(a, [x, y]), lockBoth(b, [y, x])])).toEqual([y, x]);
    // At least one of them was the victim and ran again; a busy server may pick a victim twice.
    expect(runs).toBeGreaterThanOrEqual(3);
  });

  it('locks overlapping bulk selections in id order, so they queue instead of deadlocking', async () => {
    const ids = await insert(6);
    const run = (store: Store, order: number[]) =>
      store.transaction(async (tx) => {
        const rows = await tx.getConversations(f.orgId, order, { forUpdate: true });
        await new Promise((resolve) => setTimeout(resolve, 50));
        return rows.map((c) => c.id);
      });
    const [x, y] = await Promise.all([run(a, ids), run(b, [...ids].reverse())]);
    expect(x).toEqual(ids);
    expect(y).toEqual(ids);
  });
});

describe.skipIf(TEST_DATABASE_URL === undefined)(
  'migrations started by two processes at once',
  () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await freshPostgres(TEST_DATABASE_URL ?? '', { migrate: false });
    });
    afterAll(() => db.drop());

    it('are applied exactly once', async () => {
      const other = db.connect?.();
      if (!other) throw new Error('PostgreSQL test databases can connect twice');
      const applied = await Promise.all([migrate(db.client), migrate(other)]);
      const versions = MIGRATIONS.map((m) => m.version);
      expect(applied.flat()).toEqual(versions);
      const { rows } = await db.client.query(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual(versions.map((version) => ({ version })));
    });
  },
);
