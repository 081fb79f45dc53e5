// Migration 0019 replaces parley_write_changes with the version that can be all or nothing (its
// last argument): a database with conversations from 0018 migrates, keeps one function of the
// name, and a change written through Store.optimistic then closes them all or, where one changed
// since it was read, writes nothing and reads again.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/domain';
import type { SqlClient } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { createPgliteClient } from '../../server/db/pglite-client';
import { createSqlStore } from '../../server/sql-store';
import { freshPostgres, TEST_DATABASE_URL } from '../server/databases';
import { newConversation, seedFixture } from './fixtures';

const upTo18 = MIGRATIONS.filter((m) => m.version <= 18);
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

const closed = (c: Conversation): Conversation => ({
  ...c,
  status: 'closed',
  version: c.version + 1,
  updatedAt: c.updatedAt + 1,
});

for (const [name, open] of older)
  describe(`bulk writes from before migration 0019 on ${name}`, () => {
    it('migrate, and are all or nothing outside a transaction', async () => {
      const { client, drop } = await open();
      try {
        await migrate(client, upTo18);
        const store = createSqlStore(client);
        const f = await store.transaction(seedFixture);
        const made: Conversation[] = [];
        for (const contactId of f.contactIds) {
          made.push(
            await store.transaction((tx) =>
              tx.insertConversation(newConversation(f, { contactId })),
            ),
          );
        }
        expect(await migrate(client)).toEqual(
          MIGRATIONS.filter((m) => m.version > 18).map((m) => m.version),
        );
        const { rows } = await client.query<{ args: string }>(
          `SELECT pg_get_function_identity_arguments(oid) AS args FROM pg_proc
           WHERE proname = 'parley_write_changes'`,
        );
        expect(rows.map((r) => r.args.split(',').length)).toEqual([15]);

        const optimistic = store.optimistic?.bind(store);
        if (!optimistic) throw new Error('the SQL store writes optimistically');
        const ids = made.map((c) => c.id);
        let reads = 0;
        await optimistic(async (tx) => {
          reads += 1;
          const read = await tx.getConversations(f.orgId, ids, { forUpdate: true });
          const [first] = read;
          if (reads === 1 && first) {
            // Changed by someone else after this read: the first write undoes itself.
            await store.transaction((other) =>
              other.updateConversations([
                {
                  conversation: { ...first, version: first.version + 1 },
                  expectedVersion: first.version,
                },
              ]),
            );
          }
          return tx.writeChanges?.({
            orgId: f.orgId,
            updates: read.map((c) => ({ conversation: closed(c), expectedVersion: c.version })),
            messages: read.map((c) => ({
              orgId: f.orgId,
              conversationId: c.id,
              type: 'event' as const,
              authorType: 'system' as const,
              authorId: null,
              body: 'Closed',
              createdAt: 2,
              mentions: [],
              idempotencyKey: null,
            })),
            outbox: [],
            moved: [],
            now: 2,
            hold: null,
            feed: [],
            undo: null,
            last: true,
          });
        });
        expect(reads).toBe(2);
        const after = await store.read((tx) => tx.getConversations(f.orgId, ids));
        expect(after.map((c) => c.status)).toEqual(ids.map(() => 'closed'));
        // One thread line each: the undone first write left none.
        const lines = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM messages WHERE body = 'Closed'",
        );
        expect(lines.rows[0]?.n).toBe(ids.length);
      } finally {
        await drop();
      }
    }, 60_000);
  });
