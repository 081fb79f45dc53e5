// The memory Store's own promises: atomic transactions, one at a time, and fast enough lists.
import { describe, expect, it } from 'vitest';
import { createConversation } from '../../domain';
import { seedBulk } from '../demo-data';
import { createMemoryStore } from './memory-store';
import type { Store } from '../store';

async function withOrg(store: Store) {
  return store.transaction(async (tx) => {
    const org = await tx.insertOrg({ name: 'Test' });
    const inbox = await tx.insertInbox({ orgId: org.id, name: 'Inbox', token: `token-${org.id}` });
    const contact = await tx.insertContact({
      orgId: org.id,
      name: 'Ann',
      email: `ann${org.id}@example.com`,
    });
    return { orgId: org.id, inboxId: inbox.id, contactId: contact.id };
  });
}

const draft = (ids: { orgId: number; inboxId: number; contactId: number }, at = 1000) => {
  const { id: _unassigned, ...c } = createConversation({ id: 0, ...ids, channel: 'chat' }, at);
  return c;
};

describe('memory store transactions', () => {
  it('undoes every write of a transaction that throws, ids included', async () => {
    const store = createMemoryStore();
    const ids = await withOrg(store);
    const kept = await store.transaction((tx) => tx.insertConversation(draft(ids)));
    await expect(
      store.transaction(async (tx) => {
        await tx.insertConversation(draft(ids));
        await tx.updateConversation({ ...kept, status: 'closed', version: 2 }, 1);
        await tx.insertMessage({
          orgId: ids.orgId,
          conversationId: kept.id,
          type: 'chat',
          authorType: 'contact',
          authorId: 1,
          body: 'x',
          createdAt: 1,
          mentions: [],
          idempotencyKey: 'k',
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.transaction(async (tx) => {
      expect(await tx.getConversation(ids.orgId, kept.id)).toEqual(kept);
      expect(await tx.listMessages(ids.orgId, kept.id, { limit: 10 })).toEqual([]);
      expect(await tx.findMessageByIdempotencyKey(kept.id, 'k')).toBeNull();
      expect((await tx.insertConversation(draft(ids))).id).toBe(kept.id + 1);
    });
  });

  it('runs transactions one at a time', async () => {
    const store = createMemoryStore();
    const log: string[] = [];
    const slow = store.transaction(async () => {
      log.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('a end');
    });
    const fast = store.transaction(async () => {
      log.push('b');
    });
    await Promise.all([slow, fast]);
    expect(log).toEqual(['a start', 'a end', 'b']);
  });

  it('refuses a transaction object used after its transaction ended', async () => {
    const store = createMemoryStore();
    const leaked = await store.transaction(async (tx) => tx);
    expect(() => leaked.getOrg(1)).toThrow('transaction already ended');
  });

  it('saves a conversation only at the expected version, and only within its org', async () => {
    const store = createMemoryStore();
    const ids = await withOrg(store);
    const other = await withOrg(store);
    await store.transaction(async (tx) => {
      const c = await tx.insertConversation(draft(ids));
      expect(await tx.updateConversation({ ...c, version: 2 }, 5)).toBe(false);
      expect(await tx.updateConversation({ ...c, version: 2 }, 1)).toBe(true);
      expect(await tx.getConversation(other.orgId, c.id)).toBeNull();
      expect(await tx.getConversations(ids.orgId, [c.id, 999], { forUpdate: true })).toHaveLength(
        1,
      );
    });
  });

  it('hands out copies: changing what was read does not change the store', async () => {
    const store = createMemoryStore();
    const ids = await withOrg(store);
    await store.transaction(async (tx) => {
      const c = await tx.insertConversation(draft(ids));
      const read = await tx.getConversation(ids.orgId, c.id);
      read?.followers.push(42);
      expect((await tx.getConversation(ids.orgId, c.id))?.followers).toEqual([]);
    });
  });

  it('deletes a conversation with its messages and child tickets', async () => {
    const store = createMemoryStore();
    const ids = await withOrg(store);
    await store.transaction(async (tx) => {
      const c = await tx.insertConversation(draft(ids));
      await tx.insertMessage({
        orgId: ids.orgId,
        conversationId: c.id,
        type: 'chat',
        authorType: 'contact',
        authorId: 1,
        body: 'x',
        createdAt: 1,
        mentions: [],
        idempotencyKey: null,
      });
      const t = await tx.insertTicket({
        orgId: ids.orgId,
        conversationId: c.id,
        title: 'T',
        createdAt: 1,
      });
      await tx.deleteConversation(ids.orgId, c.id);
      expect(await tx.getConversation(ids.orgId, c.id)).toBeNull();
      expect(await tx.listMessages(ids.orgId, c.id, { limit: 10 })).toEqual([]);
      expect(await tx.getTicket(ids.orgId, t.id)).toBeNull();
    });
  });

  it('pages 20,000 conversations by keyset', async () => {
    const store = createMemoryStore();
    const { orgId } = await withOrg(store);
    await seedBulk(store, { orgId, count: 20_000, now: Date.UTC(2025, 0, 1) });
    const first = await store.transaction((tx) =>
      tx.listConversations(orgId, { statuses: ['open', 'pending'], sort: 'newest', limit: 51 }),
    );
    const last = first[first.length - 1];
    const second = await store.transaction((tx) =>
      tx.listConversations(orgId, {
        statuses: ['open', 'pending'],
        sort: 'newest',
        limit: 51,
        after: last,
      }),
    );
    expect(first).toHaveLength(51);
    expect(second[0]?.id).not.toBe(last?.id);
    expect((second[0]?.updatedAt ?? 0) <= (last?.updatedAt ?? 0)).toBe(true);
  });
});

describe("memory store: a list row's last message", () => {
  type Line = { at: number; type?: 'chat' | 'event'; from?: 'contact' | 'agent' | 'system' };
  const setup = async () => {
    const store = createMemoryStore();
    const ids = await withOrg(store);
    const [a, b] = await store.transaction(async (tx) => [
      await tx.insertConversation(draft(ids)),
      await tx.insertConversation(draft(ids, 2000)),
    ]);
    if (!a || !b) throw new Error('no conversations');
    const message = (conversationId: number, { at, type = 'chat', from = 'contact' }: Line) => ({
      orgId: ids.orgId,
      conversationId,
      type,
      authorType: from,
      authorId: from === 'contact' ? ids.contactId : null,
      body: `${from} at ${at}`,
      createdAt: at,
      mentions: [],
      idempotencyKey: null,
    });
    const lines = (conversationId: number, ...given: Line[]) =>
      store.transaction((tx) => tx.insertMessages(given.map((l) => message(conversationId, l))));
    /** The row's last message and its contact's, by body. */
    const row = async (id: number) => {
      const rows = await store.transaction((tx) =>
        tx.listConversations(ids.orgId, {
          statuses: ['open'],
          sort: 'newest',
          limit: 50,
        }),
      );
      const found = rows.find((r) => r.id === id);
      return {
        last: found?.lastMessage?.body ?? null,
        contact: found?.contactMessage?.body ?? null,
      };
    };
    return { store, ids, a, b, message, lines, row };
  };

  it('is the newest in time, not the newest written, and never a status line', async () => {
    const { a, lines, row } = await setup();
    expect(await row(a.id)).toEqual({ last: null, contact: null });
    await lines(a.id, { at: 10 }, { at: 20, from: 'agent' });
    // An import written later but older in time, then status lines after everything.
    await lines(a.id, { at: 15 }, { at: 30, type: 'event', from: 'system' });
    await lines(a.id, { at: 31, type: 'event', from: 'system' });
    expect(await row(a.id)).toEqual({ last: 'agent at 20', contact: 'contact at 15' });
  });

  it('follows deleted and moved messages, and a transaction that is undone', async () => {
    const { store, ids, a, b, message, lines, row } = await setup();
    const [first, second] = await lines(a.id, { at: 10 }, { at: 20 });
    await expect(
      store.transaction(async (tx) => {
        await tx.insertMessages([message(a.id, { at: 99 })]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await row(a.id)).toEqual({ last: 'contact at 20', contact: 'contact at 20' });

    await store.transaction((tx) => tx.deleteMessages(ids.orgId, [second?.id ?? 0]));
    expect(await row(a.id)).toEqual({ last: 'contact at 10', contact: 'contact at 10' });

    await store.transaction((tx) => tx.moveMessages(ids.orgId, a.id, b.id, [first?.id ?? 0]));
    expect(await row(a.id)).toEqual({ last: null, contact: null });
    expect(await row(b.id)).toEqual({ last: 'contact at 10', contact: 'contact at 10' });
  });
});
