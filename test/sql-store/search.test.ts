// Full-text search in SQL (migration 0009) splits text exactly as the domain's tokenizer does
// (src/domain/search.ts, which the memory Store uses), and its words (the conversation_search
// table, migration 0017) follow every way text reaches a conversation: messages added and
// removed, tickets, a renamed contact. A database with conversations from before 0017 finds them
// after it.
import { describe, expect, it } from 'vitest';
import { searchTokens } from '../../src/domain';
import type { SqlClient } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { createPgliteClient } from '../../server/db/pglite-client';
import { createSqlStore } from '../../server/sql-store';
import { freshPostgres, TEST_DATABASE_URL } from '../server/databases';
import { describeOnEachDatabase, newConversation, seedFixture } from './fixtures';

/** A contact's chat line with a word found nowhere else. */
const walrus = (orgId: number, conversationId: number) => ({
  orgId,
  conversationId,
  type: 'chat' as const,
  authorType: 'contact' as const,
  authorId: null,
  body: 'The walrus is late',
  createdAt: 1,
  mentions: [],
  idempotencyKey: null,
});

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

  it('keeps the words in step with messages, tickets and the contact', async () => {
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
    const message = await store.transaction((tx) => tx.insertMessage(walrus(f.orgId, c.id)));
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
    // A change to the conversation alone leaves its words' row as it was (no GIN entries).
    const wordsRow = async () =>
      (
        await db.client.query(
          'SELECT xmin::text AS v FROM conversation_search WHERE conversation_id = $1',
          [c.id],
        )
      ).rows[0]?.['v'];
    const before = await wordsRow();
    await db.client.query(`UPDATE conversations SET status = 'pending' WHERE id = $1`, [c.id]);
    expect(await wordsRow()).toBe(before);
    await db.client.query(`UPDATE conversations SET status = 'open' WHERE id = $1`, [c.id]);
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

  it("leaves a conversation's words as they were when a status line comes and goes", async () => {
    const { store, f, db } = ctx();
    const c = await store.transaction((tx) => tx.insertConversation(newConversation(f)));
    await store.transaction((tx) => tx.insertMessage(walrus(f.orgId, c.id)));
    const wordsRow = async () =>
      (
        await db.client.query(
          'SELECT xmin::text AS v, search::text AS words FROM conversation_search WHERE conversation_id = $1',
          [c.id],
        )
      ).rows[0];
    const before = await wordsRow();
    expect(String(before?.['words'])).toContain('walrus');
    // What a close writes and its undo takes back.
    const [line] = await store.transaction((tx) =>
      tx.insertMessages([
        { ...walrus(f.orgId, c.id), type: 'event', authorType: 'system', body: 'Closed by Alex' },
      ]),
    );
    await store.transaction((tx) => tx.deleteMessages(f.orgId, [line?.id ?? 0]));
    expect(await wordsRow()).toEqual(before);
  });
});

const upTo16 = MIGRATIONS.filter((m) => m.version <= 16);
const older: [string, () => Promise<{ client: SqlClient; drop: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const client = await createPgliteClient();
      return { client, drop: () => client.close() };
    },
  ],
];
if (TEST_DATABASE_URL !== undefined) {
  const url = TEST_DATABASE_URL;
  older.push(['PostgreSQL', () => freshPostgres(url, { migrate: false })]);
}

for (const [name, open] of older)
  describe(`search words from before migration 0017 on ${name}`, () => {
    it('are moved to conversation_search, and found there', async () => {
      const { client, drop } = await open();
      try {
        await migrate(client, upTo16);
        const store = createSqlStore(client);
        const f = await store.transaction(seedFixture);
        const ids: number[] = [];
        for (const contactId of f.contactIds) {
          const c = await store.transaction((tx) =>
            tx.insertConversation(newConversation(f, { contactId })),
          );
          ids.push(c.id);
        }
        const [first] = ids;
        if (first === undefined) throw new Error('no conversation');
        await store.transaction((tx) => tx.insertMessage(walrus(f.orgId, first)));
        expect(await migrate(client)).toEqual(
          MIGRATIONS.filter((m) => m.version >= 17).map((m) => m.version),
        );
        const search = async (q: string) =>
          (
            await store.read((tx) =>
              tx.listConversations(f.orgId, {
                statuses: ['open'],
                q,
                sort: 'relevance',
                limit: 10,
              }),
            )
          ).map((r) => r.id);
        expect(await search('walrus')).toEqual([first]);
        expect(await search('ada')).toEqual([first]);
        expect(await search('example')).toEqual([...ids].sort((a, b) => b - a));
        const { rows } = await client.query('SELECT count(*)::int AS n FROM conversation_search');
        expect(rows[0]?.['n']).toBe(ids.length);
      } finally {
        await drop();
      }
    }, 60_000);
  });
