// The inbox list on the SQL Store: keyset pages in both sorts, and every filter.
import { expect, it } from 'vitest';
import type { ConversationQuery } from '../../src/backend/store';
import { describeOnEachDatabase, newConversation } from './fixtures';

describeOnEachDatabase('SQL store list', (ctx) => {
  it('pages through a view with ties on updatedAt, in both sorts, without gaps or repeats', async () => {
    const { store, f } = ctx();
    const times = [5, 3, 5, 1, 5, 2, 3, 4, 5, 1];
    await store.transaction(async (tx) => {
      for (const [i, t] of times.entries()) {
        await tx.insertConversation(
          newConversation(f, { updatedAt: t, status: i === 4 ? 'spam' : 'open' }),
        );
      }
    });
    for (const sort of ['newest', 'oldest'] as const) {
      const seen: { id: number; updatedAt: number }[] = [];
      let after: { id: number; updatedAt: number } | undefined;
      for (;;) {
        const page = await store.transaction((tx) =>
          tx.listConversations(f.orgId, {
            statuses: ['open', 'pending', 'closed', 'snoozed', 'bulk_sent'],
            sort,
            limit: 3,
            after,
          }),
        );
        if (page.length === 0) break;
        seen.push(...page.map(({ id, updatedAt }) => ({ id, updatedAt })));
        const last = page[page.length - 1];
        after = last && { id: last.id, updatedAt: last.updatedAt };
      }
      const sign = sort === 'newest' ? -1 : 1;
      const expected = [...seen].sort((a, b) => sign * (a.updatedAt - b.updatedAt || a.id - b.id));
      expect(seen).toEqual(expected);
      expect(new Set(seen.map((s) => s.id)).size).toBe(times.length - 1);
    }
  });

  it('filters by tag (any case), assignee and words, punctuation splitting words', async () => {
    const { store, f } = ctx();
    const [ada, bob, cy] = f.contactIds;
    const ids = await store.transaction(async (tx) => {
      const tagged = await tx.insertConversation(
        newConversation(f, {
          contactId: ada ?? 0,
          conversationTags: [{ name: 'VIP', color: '#000000' }],
        }),
      );
      const assigned = await tx.insertConversation(
        newConversation(f, { contactId: bob ?? 0, assigneeId: 7 }),
      );
      const quiet = await tx.insertConversation(newConversation(f, { contactId: cy ?? 0 }));
      const message = {
        orgId: f.orgId,
        conversationId: quiet.id,
        authorType: 'contact' as const,
        authorId: cy ?? 0,
        createdAt: 1,
        mentions: [],
        idempotencyKey: null,
      };
      await tx.insertMessage({ ...message, type: 'chat', body: 'My invoice is wrong' });
      await tx.insertMessage({ ...message, type: 'event', body: 'Sam closed the conversation' });
      return { tagged: tagged.id, assigned: assigned.id, quiet: quiet.id };
    });
    const list = (q: Partial<ConversationQuery>) =>
      store.transaction(async (tx) =>
        (
          await tx.listConversations(f.orgId, {
            statuses: ['open'],
            sort: 'newest',
            limit: 50,
            ...q,
          })
        )
          .map((c) => c.id)
          .sort((a, b) => a - b),
      );
    expect(await list({ tag: 'vip' })).toEqual([ids.tagged]);
    expect(await list({ assignee: 7 })).toEqual([ids.assigned]);
    expect(await list({ assignee: 'none' })).toEqual([ids.tagged, ids.quiet].sort((a, b) => a - b));
    expect(await list({ q: 'INVOICE' })).toEqual([ids.quiet]);
    expect(await list({ q: 'closed the' })).toEqual([]);
    // Full-text search (src/domain/search.ts): % and _ separate words, the last word is a prefix.
    expect(await list({ q: '100%' })).toEqual([ids.assigned]);
    expect(await list({ q: '0%' })).toEqual([]);
    expect(await list({ q: '%' })).toEqual([]);
    expect(await list({ q: 'bo_' })).toEqual([ids.assigned]);
    expect(await list({ q: 'bob_under' })).toEqual([ids.assigned]);
    const rows = await store.transaction((tx) =>
      tx.listConversations(f.orgId, {
        statuses: ['open'],
        sort: 'newest',
        limit: 50,
        q: 'invoice',
      }),
    );
    expect(rows[0]).toMatchObject({
      contact: { name: 'Cy', email: 'cy@example.test' },
      lastMessage: { type: 'chat', body: 'My invoice is wrong' },
    });
  });
});
