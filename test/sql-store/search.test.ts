// Full-text search in SQL (migration 0009) splits text exactly as the domain's tokenizer does
// (src/domain/search.ts, which the memory Store uses), and its column follows every way text
// reaches a conversation: messages added and removed, tickets, a renamed contact.
import { expect, it } from 'vitest';
import { searchTokens } from '../../src/domain';
import { describeOnEachDatabase, newConversation } from './fixtures';

const TEXTS = [
  'Hello, World!',
  'jane.doe+billing@example.co.uk',
  'don’t “quote” me — ok… «fine»',
  'e-mail re:order#123/456 at 3.5% off_today',
  'Ünïcödé CAFÉ naïve ŁÓDŹ',
  'ΑΘΗΝΑ Москва ПРИВЕТ',
  'tabs\tand\nnewlines\u00a0nbsp',
  'CamelCase MiXeD 42abc abc42',
];

describeOnEachDatabase('search', (ctx) => {
  it('splits text into the same words as the domain', async () => {
    for (const text of TEXTS) {
      const { rows } = await ctx().db.client.query(
        `SELECT coalesce(array_agg(lexeme ORDER BY lexeme), '{}') AS words
         FROM unnest(to_tsvector('simple', search_words($1)))`,
        [text],
      );
      const words = [...new Set(searchTokens(text))].sort();
      const sql = [...((rows[0]?.['words'] as string[] | undefined) ?? [])].sort();
      expect({ text, words: sql }).toEqual({ text, words });
    }
  });

  it('keeps the column in step with messages, tickets and the contact', async () => {
    const { store, f, db } = ctx();
    const search = async (q: string) =>
      (
        await store.read((tx) =>
          tx.listConversations(f.orgId, { statuses: ['open'], q, sort: 'relevance', limit: 10 }),
        )
      ).map((r) => r.id);
    const c = await store.transaction((tx) =>
      tx.insertConversation(newConversation(f, { contactId: f.contactIds[0] ?? 0 })),
    );
    const message = await store.transaction((tx) =>
      tx.insertMessage({
        orgId: f.orgId,
        conversationId: c.id,
        type: 'chat',
        authorType: 'contact',
        authorId: null,
        body: 'The walrus is late',
        createdAt: 1,
        mentions: [],
        idempotencyKey: null,
      }),
    );
    expect(await search('walrus')).toEqual([c.id]);
    await db.client.query('DELETE FROM messages WHERE id = $1', [message.id]);
    expect(await search('walrus')).toEqual([]);

    await store.transaction((tx) =>
      tx.insertTicket({
        orgId: f.orgId,
        conversationId: c.id,
        title: 'Narwhal ticket',
        createdAt: 1,
      }),
    );
    expect(await search('narwhal')).toEqual([c.id]);

    await db.client.query(`UPDATE contacts SET name = 'Ottoline Pike' WHERE id = $1`, [
      c.contactId,
    ]);
    expect(await search('ottoline')).toEqual([c.id]);
    // Another org's conversations never match.
    expect(
      await store.read((tx) =>
        tx.listConversations(f.otherOrgId, {
          statuses: ['open'],
          q: 'ottoline',
          sort: 'relevance',
          limit: 10,
        }),
      ),
    ).toEqual([]);
  });
});
