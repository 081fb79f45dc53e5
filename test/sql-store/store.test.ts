// The SQL Store's own guarantees, on PGlite and (with TEST_DATABASE_URL) PostgreSQL: exact
// round trips, version checks, rollback, cascades, the outbox fan-out and the clock's query.
import { expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { describeOnEachDatabase, newConversation } from './fixtures';

describeOnEachDatabase('SQL store', (ctx) => {
  it('applies each migration once', async () => {
    const { db } = ctx();
    expect(await migrate(db.client)).toEqual([]);
  });

  it('gives back a conversation exactly as it was stored', async () => {
    const { store, f } = ctx();
    const input = newConversation(f, {
      participants: [3, 1],
      followers: [2],
      conversationTags: [{ name: 'Billing', color: '#22c55e' }],
      links: [{ type: 'ticket', id: 9 }],
      status: 'snoozed',
      snoozedUntil: 1_800_000_000_123,
      priority: 'urgent',
      statusBeforeSpam: 'pending',
      inactiveNotifiedAt: 1_700_000_000_001,
      relatedPlaybookId: 42,
    });
    const stored = await store.transaction((tx) => tx.insertConversation(input));
    expect(stored).toEqual({ ...input, id: stored.id });
    expect(await store.transaction((tx) => tx.getConversation(f.orgId, stored.id))).toEqual(stored);
    expect(await store.transaction((tx) => tx.getConversation(f.otherOrgId, stored.id))).toBeNull();
  });

  it('saves only over the version the change was based on', async () => {
    const { store, f } = ctx();
    const c = await store.transaction((tx) => tx.insertConversation(newConversation(f)));
    const closed = { ...c, status: 'closed' as const, version: c.version + 1 };
    expect(await store.transaction((tx) => tx.updateConversation(closed, c.version))).toBe(true);
    const stale = { ...c, status: 'pending' as const, version: c.version + 1 };
    expect(await store.transaction((tx) => tx.updateConversation(stale, c.version))).toBe(false);
    expect(await store.transaction((tx) => tx.getConversation(f.orgId, c.id))).toMatchObject({
      status: 'closed',
      version: 2,
    });
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const { store, f } = ctx();
    await expect(
      store.transaction(async (tx) => {
        await tx.insertConversation(newConversation(f));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.transaction((tx) => tx.countByStatus(f.orgId))).toEqual({});
  });

  it('deletes a conversation with its messages, tickets and feed entries, and nothing of another org', async () => {
    const { store, f } = ctx();
    const c = await store.transaction(async (tx) => {
      const c = await tx.insertConversation(newConversation(f));
      await tx.insertMessage({
        orgId: f.orgId,
        conversationId: c.id,
        type: 'note',
        authorType: 'agent',
        authorId: 1,
        body: 'hi',
        createdAt: 1,
        mentions: [1],
        idempotencyKey: 'k1',
      });
      await tx.insertTicket({
        orgId: f.orgId,
        conversationId: c.id,
        title: 'Refund',
        createdAt: 1,
      });
      await tx.appendChange({
        orgId: f.orgId,
        type: 'conversation.changed',
        conversationId: c.id,
        data: { x: 1 },
        createdAt: 1,
      });
      return c;
    });
    expect(
      await store.transaction((tx) => tx.findMessageByIdempotencyKey(c.id, 'k1')),
    ).toMatchObject({ body: 'hi', mentions: [1] });
    await store.transaction((tx) => tx.deleteConversation(f.otherOrgId, c.id));
    expect(await store.transaction((tx) => tx.getConversation(f.orgId, c.id))).not.toBeNull();
    await store.transaction((tx) => tx.deleteConversation(f.orgId, c.id));
    await store.transaction(async (tx) => {
      expect(await tx.getConversation(f.orgId, c.id)).toBeNull();
      expect(await tx.listMessages(f.orgId, c.id, { limit: 10 })).toEqual([]);
      expect(await tx.getTicket(f.orgId, 1)).toBeNull();
      expect(await tx.listChangesSince(f.orgId, 0, 10)).toEqual([]);
    });
  });

  it('fans an outbox entry out to the subscriptions that chose its event', async () => {
    const { db, store, f } = ctx();
    await store.transaction(async (tx) => {
      await tx.insertWebhook({
        orgId: f.orgId,
        url: 'https://a.test',
        events: ['conversation_push'],
        secret: 's',
        createdAt: 1,
        legacy: false,
      });
      await tx.insertWebhook({
        orgId: f.orgId,
        url: 'https://b.test',
        events: ['conversation_status_updated'],
        secret: 's',
        createdAt: 1,
        legacy: false,
      });
      await tx.enqueueOutbox({
        orgId: f.orgId,
        conversationId: 5,
        createdAt: 2,
        payload: {
          orgId: f.orgId,
          type: 'conversation_push',
          data: { conversationId: 5, lastUpdated: 2 },
        },
      });
    });
    const { rows } = await db.client.query(
      'SELECT s.url FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id',
    );
    expect(rows).toEqual([{ url: 'https://a.test' }]);
    const outbox = await store.transaction((tx) => tx.listOutbox(f.orgId));
    expect(outbox).toEqual([
      {
        id: expect.any(Number),
        orgId: f.orgId,
        conversationId: 5,
        createdAt: 2,
        payload: {
          orgId: f.orgId,
          type: 'conversation_push',
          data: { conversationId: 5, lastUpdated: 2 },
        },
      },
    ]);
  });

  it('finds exactly the conversations whose clock rules are due', async () => {
    const { store, f } = ctx();
    const now = 1_700_000_000_000;
    const ids = await store.transaction(async (tx) => {
      await tx.saveSettings(f.orgId, {
        inactivitySeconds: 60,
        emailAutoResolveDays: 1,
        chatNewConversationAfterHours: 24,
      });
      const add = async (o: Parameters<typeof newConversation>[1]) =>
        (await tx.insertConversation(newConversation(f, o))).id;
      return {
        woke: await add({ status: 'snoozed', snoozedUntil: now - 1 }),
        stillSnoozed: await add({ status: 'snoozed', snoozedUntil: now + 1 }),
        quiet: await add({ lastActivityAt: now - 61_000 }),
        reported: await add({ lastActivityAt: now - 61_000, inactiveNotifiedAt: now - 1000 }),
        stale: await add({
          channel: 'email',
          lastActivityAt: now - 86_400_000,
          inactiveNotifiedAt: now,
        }),
        busy: await add({ lastActivityAt: now - 1000 }),
        closed: await add({ status: 'closed', lastActivityAt: 0 }),
      };
    });
    const due = await store.transaction((tx) => tx.listClockCandidates(now, 100));
    expect(due.map((c) => c.id)).toEqual([ids.woke, ids.quiet, ids.stale]);
  });
});
