// The SQL Store lists what the memory Store (the API suite's reference) lists: the same random
// conversations in both, then many random queries, compared row for row.
import { expect, it } from 'vitest';
import { seedBulk } from '../../src/backend/demo-data';
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import type { ConversationQuery, ConversationRow, Store, StoreTx } from '../../src/backend/store';
import { listConversations } from '../../server/sql/conversation-list';
import { STATUSES } from '../../src/domain';
import type { ConversationStatus } from '../../src/domain';
import { describeOnEachDatabase, newConversation, seedFixture } from './fixtures';
import type { Fixture } from './fixtures';

/** A small deterministic generator (mulberry32), so a failure replays exactly. */
function rng(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const TAGS = ['VIP', 'vip', 'billing', 'Bug'];
const WORDS = ['refund', 'invoice', 'crash', '50% off', 'under_score'];

async function fill(tx: StoreTx, f: Fixture, seed: number): Promise<void> {
  const pick = rng(seed);
  for (let i = 0; i < 80; i += 1) {
    const tag = TAGS[pick(TAGS.length)] ?? 'x';
    const c = await tx.insertConversation(
      newConversation(f, {
        contactId: f.contactIds[pick(f.contactIds.length)] ?? 0,
        status: STATUSES[pick(STATUSES.length)] ?? 'open',
        updatedAt: 1_000 + pick(20),
        assigneeId: pick(3) === 0 ? null : 1 + pick(3),
        conversationTags: pick(2) === 0 ? [] : [{ name: tag, color: '#111111' }],
      }),
    );
    await tx.insertMessage({
      orgId: f.orgId,
      conversationId: c.id,
      type: (['chat', 'note', 'event'] as const)[pick(3)] ?? 'chat',
      authorType: 'contact',
      authorId: c.contactId,
      body: `About the ${WORDS[pick(WORDS.length)] ?? ''}`,
      createdAt: 1,
      mentions: [],
      idempotencyKey: null,
    });
  }
}

function randomQuery(pick: (n: number) => number): ConversationQuery {
  const views: ConversationStatus[][] = [
    ...STATUSES.map((s) => [s]),
    STATUSES.filter((s) => s !== 'spam'),
  ];
  const query: ConversationQuery = {
    statuses: views[pick(views.length)] ?? ['open'],
    sort: pick(2) === 0 ? 'newest' : 'oldest',
    limit: 1 + pick(15),
    ...(pick(4) === 0 ? { tag: TAGS[pick(TAGS.length)] } : {}),
    ...(pick(4) === 0 ? { assignee: pick(2) === 0 ? ('none' as const) : 1 + pick(3) } : {}),
    ...(pick(4) === 0 ? { q: ['REFUND', '%', '_', 'ada', 'example', ' crash '][pick(6)] } : {}),
  };
  return query;
}

/** Best match first: words in the contacts' names, emails and messages, and `#id`s. */
function randomSearch(pick: (n: number) => number, ids: readonly number[]): ConversationQuery {
  const id = ids[pick(ids.length)] ?? 0;
  const queries = ['ada', 'example', 'about', 'crash', 'about the', 'e', `#${id}`, `#${id} a`];
  return {
    statuses: pick(2) === 0 ? ['open'] : STATUSES.filter((s) => s !== 'spam'),
    sort: 'relevance',
    limit: 1 + pick(15),
    q: queries[pick(queries.length)] ?? 'ada',
    ...(pick(4) === 0 ? { tag: TAGS[pick(TAGS.length)] } : {}),
  };
}

/** Every page of a query, following the cursor the way the service does. */
async function allPages(
  store: Store | ((query: ConversationQuery) => Promise<ConversationRow[]>),
  orgId: number,
  query: ConversationQuery,
): Promise<string[]> {
  const seen: string[] = [];
  let after: ConversationQuery['after'];
  for (let page = 0; page < 100; page += 1) {
    const rows =
      typeof store === 'function'
        ? await store({ ...query, after })
        : await store.transaction((tx) => tx.listConversations(orgId, { ...query, after }));
    seen.push(
      ...rows.map(
        (r) => `${r.id}:${r.contact.name}:${r.lastMessage?.body ?? '-'}:${r.rank ?? '-'}`,
      ),
    );
    const last = rows[rows.length - 1];
    if (!last || rows.length < query.limit) break;
    after = { updatedAt: last.updatedAt, id: last.id, rank: last.rank };
  }
  return seen;
}

describeOnEachDatabase('SQL store matches the memory Store', (ctx) => {
  it('on random lists, filters and pages', async () => {
    const { store, f } = ctx();
    const memory = createMemoryStore();
    const mf = await memory.transaction(seedFixture);
    expect(mf).toEqual(f);
    await store.transaction((tx) => fill(tx, f, 7));
    await memory.transaction((tx) => fill(tx, mf, 7));

    const pick = rng(11);
    let nonEmpty = 0;
    for (let i = 0; i < 60; i += 1) {
      const query = randomQuery(pick);
      const expected = await allPages(memory, f.orgId, query);
      if (expected.length > 0) nonEmpty += 1;
      expect({ query, rows: await allPages(store, f.orgId, query) }).toEqual({
        query,
        rows: expected,
      });
    }
    // A comparison of empty lists proves nothing: most queries must find rows.
    expect(nonEmpty).toBeGreaterThan(30);
    // Best match first: the same tiers, in the same order, page by page.
    const { db } = ctx();
    const ids = (
      await memory.transaction((tx) =>
        tx.listConversations(f.orgId, { statuses: [...STATUSES], sort: 'newest', limit: 100 }),
      )
    ).map((c) => c.id);
    const ranks = new Set<number>();
    for (let i = 0; i < 40; i += 1) {
      const query = randomSearch(pick, ids);
      const expected = await allPages(memory, f.orgId, query);
      for (const row of expected) ranks.add(Number(row.split(':').at(-1)));
      expect({ query, rows: await allPages(store, f.orgId, query) }).toEqual({
        query,
        rows: expected,
      });
      // A text tier looks through the newest rows first, then asks the index for older ones:
      // with a window of 3 rows, nearly every page reads past it.
      const pastWindow = (q: ConversationQuery) => listConversations(db.client, f.orgId, q, 3);
      expect({ query, rows: await allPages(pastWindow, f.orgId, query) }).toEqual({
        query,
        rows: expected,
      });
    }
    // Every tier was compared: the own #id, the contact's words, words anywhere else.
    expect([...ranks].sort()).toEqual([0, 1, 2]);
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual(
      await memory.transaction((tx) => tx.countByStatus(f.orgId)),
    );
    await memory.close();
  }, 60_000);

  it('after the same bulk seed, through the fast path', async () => {
    const { store, f } = ctx();
    const memory = createMemoryStore();
    const mf = await memory.transaction(seedFixture);
    const seed = { orgId: f.orgId, count: 400, now: 1_750_000_000_000, batchSize: 150 };
    expect(await seedBulk(store, seed)).toBe(400);
    await seedBulk(memory, { ...seed, orgId: mf.orgId });

    const pick = rng(5);
    for (let i = 0; i < 30; i += 1) {
      const query = randomQuery(pick);
      const expected = await allPages(memory, f.orgId, query);
      expect({ query, rows: await allPages(store, f.orgId, query) }).toEqual({
        query,
        rows: expected,
      });
    }
    const everything = { from: 0, to: Number.MAX_SAFE_INTEGER };
    expect(await store.transaction((tx) => tx.listMetrics(f.orgId, everything))).toEqual(
      await memory.transaction((tx) => tx.listMetrics(f.orgId, everything)),
    );
    // The series reads rows created or closed in its range: the same rows from both, including
    // one created long before a range that closed in it (and deleted, its metrics kept).
    const all = await memory.transaction((tx) => tx.listMetrics(f.orgId, everything));
    const [first, last] = [Math.min(...all.map((m) => m.createdAt)), seed.now];
    const late = {
      conversationId: 999_999,
      orgId: f.orgId,
      channel: 'email' as const,
      status: 'closed' as const,
      createdAt: first - 30 * 86_400_000,
      firstResponseAt: null,
      closedAt: first + Math.floor((last - first) / 2),
      deleted: true,
    };
    for (const s of [store, memory]) await s.transaction((tx) => tx.saveMetrics(late));
    const ranges = [{ from: late.closedAt, to: late.closedAt + 1 }];
    for (let i = 0; i < 12; i += 1) {
      const from = first + pick(last - first);
      ranges.push({ from, to: from + pick(Math.ceil((last - first) / 5)) + 1 });
    }
    for (const range of ranges) {
      const expected = await memory.transaction((tx) => tx.listMetricsTouching(f.orgId, range));
      expect(await store.transaction((tx) => tx.listMetricsTouching(f.orgId, range))).toEqual(
        expected,
      );
    }
    expect(
      await store.transaction((tx) => tx.listMetricsTouching(f.orgId, ranges[0] ?? everything)),
    ).toContainEqual(late);
    const [sqlConversations, memoryConversations] = await Promise.all(
      [store, memory].map((s) =>
        s.transaction((tx) => tx.getConversations(f.orgId, [1, 200, 400])),
      ),
    );
    expect(sqlConversations).toEqual(memoryConversations);
    await memory.close();
  }, 60_000);
});
