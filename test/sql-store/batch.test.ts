// The SQL Store's batch writes (one statement per kind of row, for bulk changes) leave exactly
// what the memory Store leaves by writing one row after another: the same rows, ids and order.
import { expect, it } from 'vitest';
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import type {
  ConversationMetrics,
  NewRecord,
  OutboxEntry,
  Store,
  StoreTx,
} from '../../src/backend/store';
import { DEFAULT_SETTINGS, reduce } from '../../src/domain';
import type { Conversation, ConversationEvent } from '../../src/domain';
import { describeOnEachDatabase, newConversation, seedFixture } from './fixtures';
import type { Fixture } from './fixtures';

const NOW = 1_760_000_000_000;
const actor = { kind: 'agent', id: 1, name: 'Alex' } as const;

/** The same starting point in both stores: conversations, a report row, three subscribers. */
async function prepare(tx: StoreTx, f: Fixture): Promise<{ conversations: Conversation[] }> {
  const conversations: Conversation[] = [];
  for (const [i, status] of (['open', 'pending', 'closed', 'open', 'snoozed'] as const).entries()) {
    conversations.push(
      await tx.insertConversation(
        newConversation(f, {
          status,
          contactId: f.contactIds[i % 3] ?? 0,
          conversationTags: i === 0 ? [{ name: 'VIP', color: '#111111' }] : [],
          followers: i === 1 ? [1, 2] : [],
          snoozedUntil: status === 'snoozed' ? NOW + 1000 : null,
        }),
      ),
    );
  }
  const first = conversations[0];
  if (first) {
    await tx.saveMetrics({
      conversationId: first.id,
      orgId: f.orgId,
      channel: 'chat',
      status: 'open',
      createdAt: first.createdAt,
      firstResponseAt: 5,
      closedAt: 7,
      deleted: false,
    });
  }
  for (const [events, legacy] of [
    [['conversation_status_updated', 'conversation_push'], true],
    [['conversation_status_updated', 'conversation_manual_push'], false],
    [['conversation_push'], false],
  ] as const) {
    await tx.insertWebhook({
      orgId: f.orgId,
      url: 'https://hooks.example.test/in',
      events: [...events],
      secret: 'a-secret-of-sixteen+',
      createdAt: 1,
      legacy,
    });
  }
  return { conversations };
}

/** Everything of the org the batch methods write, read back through the single-row reads. */
async function snapshot(tx: StoreTx, f: Fixture, ids: readonly number[]) {
  // One query at a time: a SQL transaction is one connection.
  const messages = [];
  for (const id of ids) messages.push(await tx.listMessages(f.orgId, id, { limit: 100 }));
  const deliveries = [];
  for (const w of await tx.listWebhooks(f.orgId))
    // Delivery keys are random (opaque ids): everything else must match.
    deliveries.push((await tx.listDeliveries(f.orgId, w.id, 100)).map(({ key: _, ...d }) => d));
  return {
    conversations: await tx.getConversations(f.orgId, ids),
    messages,
    outbox: await tx.listOutbox(f.orgId),
    deliveries,
    metrics: await tx.listMetrics(f.orgId, { from: 0, to: Number.MAX_SAFE_INTEGER }),
    changes: await tx.listChangesSince(f.orgId, 0, 1000),
  };
}

/** One batch of every kind, as a bulk close would send it, and what each call answered. */
async function writeBatch(tx: StoreTx, f: Fixture, conversations: readonly Conversation[]) {
  const event: ConversationEvent = { type: 'set_status', status: 'closed', actor };
  const outcomes = conversations.map((c) => ({
    c,
    outcome: reduce(c, event, NOW, DEFAULT_SETTINGS),
  }));
  const updates = outcomes.flatMap(({ c, outcome }) =>
    outcome.ok && outcome.changed
      ? [{ conversation: outcome.conversation, expectedVersion: c.version }]
      : [],
  );
  // One stale version among them: the others are saved, its id comes back.
  const stale = updates[1];
  if (stale) updates[1] = { ...stale, expectedVersion: stale.expectedVersion + 5 };
  const staleIds = await tx.updateConversations(updates);
  const lines = outcomes.flatMap(({ c, outcome }) =>
    outcome.ok
      ? outcome.effects.flatMap((e) =>
          e.kind === 'thread_event'
            ? [
                {
                  orgId: f.orgId,
                  conversationId: c.id,
                  type: 'event' as const,
                  authorType: 'agent' as const,
                  authorId: 1,
                  body: e.body,
                  createdAt: NOW,
                  mentions: c.id % 2 === 0 ? [1, 2] : [],
                  idempotencyKey: null,
                },
              ]
            : [],
        )
      : [],
  );
  const messages = await tx.insertMessages(lines);
  const entries: NewRecord<OutboxEntry>[] = outcomes.flatMap(({ c, outcome }) =>
    outcome.ok
      ? outcome.effects.flatMap((e) =>
          e.kind === 'webhook'
            ? [{ orgId: f.orgId, conversationId: c.id, payload: e.payload, createdAt: NOW }]
            : [],
        )
      : [],
  );
  await tx.enqueueOutboxMany(entries);
  const ids = conversations.map((c) => c.id);
  const metricsBefore = (await tx.getMetricsOf(f.orgId, [...ids, 999_999])).sort(
    (a, b) => a.conversationId - b.conversationId,
  );
  const rows: ConversationMetrics[] = conversations.map((c) => ({
    conversationId: c.id,
    orgId: f.orgId,
    channel: c.channel,
    status: 'closed',
    createdAt: c.createdAt,
    firstResponseAt: null,
    closedAt: NOW,
    deleted: false,
  }));
  // The same conversation twice: the last row given wins.
  const last = rows[0];
  if (last) rows.push({ ...last, status: 'pending', closedAt: null });
  await tx.saveMetricsMany(rows);
  const changes = await tx.appendChanges([
    ...messages.map((message) => ({
      orgId: f.orgId,
      type: 'message.added' as const,
      conversationId: message.conversationId,
      data: { message },
      createdAt: NOW,
    })),
    { orgId: f.orgId, type: 'counts.changed', conversationId: null, data: null, createdAt: NOW },
    {
      orgId: f.otherOrgId,
      type: 'counts.changed',
      conversationId: null,
      data: { a: [1] },
      createdAt: NOW,
    },
  ]);
  return { staleIds, messages, entries: entries.length, metricsBefore, changes };
}

async function run(store: Store, f: Fixture) {
  const { conversations } = await store.transaction((tx) => prepare(tx, f));
  const answers = await store.transaction((tx) => writeBatch(tx, f, conversations));
  const after = await store.transaction((tx) =>
    snapshot(
      tx,
      f,
      conversations.map((c) => c.id),
    ),
  );
  // Nothing written: no statement at all.
  await store.transaction(async (tx) => {
    expect(await tx.updateConversations([])).toEqual([]);
    expect(await tx.insertMessages([])).toEqual([]);
    await tx.enqueueOutboxMany([]);
    await tx.saveMetricsMany([]);
    expect(await tx.getMetricsOf(f.orgId, [])).toEqual([]);
    expect(await tx.appendChanges([])).toEqual([]);
  });
  return { answers, after };
}

describeOnEachDatabase('SQL batch writes match the memory Store', (ctx) => {
  it('writes the same rows, ids and order as one row after another', async () => {
    const { store, f } = ctx();
    const memory = createMemoryStore();
    expect(await memory.transaction(seedFixture)).toEqual(f);
    const expected = await run(memory, f);
    const actual = await run(store, f);
    // Not a comparison of nothing: the batch wrote rows of every kind.
    expect(expected.answers.staleIds).toHaveLength(1);
    expect(expected.answers.messages.length).toBeGreaterThanOrEqual(3);
    expect(expected.answers.entries).toBeGreaterThanOrEqual(3);
    expect(expected.after.deliveries.flat().length).toBeGreaterThan(expected.answers.entries);
    expect(expected.answers.metricsBefore).toHaveLength(1);
    expect(actual).toEqual(expected);
    await memory.close();
  }, 60_000);
});
