// The change feed on SQL: ids that are each org's own, the prune, and PGlite's VACUUM.
import { describe, expect, it } from 'vitest';
import type { ChangeEvent, NewRecord } from '../../src/backend/store';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';
import { describeOnEachDatabase, seedFixture } from './fixtures';

const change = (orgId: number, createdAt: number): NewRecord<ChangeEvent> => ({
  orgId,
  type: 'counts.changed',
  conversationId: null,
  data: { from: null, to: 'open' },
  createdAt,
});

describeOnEachDatabase('the change feed', (ctx) => {
  it("numbers each org's changes from 1, in a batch of several orgs too", async () => {
    const { store, f } = ctx();
    const [a, g] = [f.orgId, f.otherOrgId];
    const batch = await store.transaction((tx) =>
      tx.appendChanges([change(a, 1), change(g, 1), change(a, 1), change(g, 1), change(a, 1)]),
    );
    expect(batch.map((e) => [e.orgId, e.id])).toEqual([
      [a, 1],
      [g, 1],
      [a, 2],
      [g, 2],
      [a, 3],
    ]);
    const one = await store.transaction((tx) => tx.appendChange(change(a, 2)));
    expect(one.id).toBe(4);
    const feed = await store.transaction((tx) => tx.listChangesSince(a, 1, 10));
    expect(feed.map((e) => e.id)).toEqual([2, 3, 4]);
    expect(await store.read((tx) => tx.changeFeedBounds(a))).toEqual({
      latest: 4,
      prunedThrough: 0,
    });
    expect(await store.read(async (tx) => tx.latestChangeId?.(g))).toBe(2);
  });

  it('prunes what was made before a time, and keeps the newest id pruned of each org', async () => {
    const { store, f } = ctx();
    const [a, g] = [f.orgId, f.otherOrgId];
    await store.transaction((tx) =>
      tx.appendChanges([change(a, 10), change(a, 20), change(g, 10), change(a, 30), change(g, 40)]),
    );
    expect(await store.transaction((tx) => tx.pruneChanges(25))).toBe(3);
    expect(await store.read((tx) => tx.changeFeedBounds(a))).toEqual({
      latest: 3,
      prunedThrough: 2,
    });
    expect(await store.read((tx) => tx.changeFeedBounds(g))).toEqual({
      latest: 2,
      prunedThrough: 1,
    });
    expect(
      (await store.transaction((tx) => tx.listChangesSince(a, 0, 10))).map((e) => e.id),
    ).toEqual([3]);
    expect(await store.transaction((tx) => tx.pruneChanges(25))).toBe(0);
    // Ids go on from the counter, never reused.
    expect((await store.transaction((tx) => tx.appendChange(change(a, 50)))).id).toBe(4);
  });
});

describe('PGlite compacted after a prune', () => {
  it('keeps a feed that is appended to and pruned from the same size', async () => {
    const db = await freshPglite();
    try {
      const store = createSqlStore(db.client);
      const { orgId } = await store.transaction(seedFixture);
      const size = async () =>
        Number(
          (await db.client.query(`SELECT pg_relation_size('change_events') AS bytes`)).rows[0]?.[
            'bytes'
          ],
        );
      // Each round adds a round of changes and prunes the round before: the feed holds one round.
      const round = async (r: number) => {
        for (let i = 0; i < 4; i += 1)
          await store.transaction((tx) =>
            tx.appendChanges(Array.from({ length: 500 }, () => change(orgId, r))),
          );
        expect(await store.transaction((tx) => tx.pruneChanges(r))).toBe(r === 1 ? 0 : 2000);
        await store.compact?.();
      };
      await round(1);
      await round(2);
      const steady = await size();
      for (let r = 3; r <= 6; r += 1) await round(r);
      expect(steady).toBeGreaterThan(0);
      expect(await size()).toBeLessThanOrEqual(steady);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
