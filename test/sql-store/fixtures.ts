// Store-level tests: an org with an inbox and contacts, conversations to taste, and the same
// tests on every database at hand.
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { createConversation } from '../../src/domain';
import type { Conversation } from '../../src/domain';
import type { NewRecord, Store, StoreTx } from '../../src/backend/store';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite, freshPostgres, resetDatabase, TEST_DATABASE_URL } from '../server/databases';
import type { TestDatabase } from '../server/databases';

export interface Fixture {
  orgId: number;
  otherOrgId: number;
  inboxId: number;
  contactIds: number[];
}

export async function seedFixture(tx: StoreTx): Promise<Fixture> {
  const org = await tx.insertOrg({ name: 'Acme' });
  const other = await tx.insertOrg({ name: 'Globex' });
  const inbox = await tx.insertInbox({ orgId: org.id, name: 'Support', token: `token-${org.id}` });
  await tx.insertInbox({ orgId: other.id, name: 'Support', token: `token-${other.id}` });
  const contactIds: number[] = [];
  for (const [name, email] of [
    ['Ada Lovelace', 'ada@example.test'],
    ['Bob 100% Real', 'bob_underscore@example.test'],
    ['Cy', 'cy@example.test'],
  ] as const) {
    contactIds.push((await tx.insertContact({ orgId: org.id, name, email })).id);
  }
  return { orgId: org.id, otherOrgId: other.id, inboxId: inbox.id, contactIds };
}

export function newConversation(
  f: Fixture,
  overrides: Partial<NewRecord<Conversation>> = {},
): NewRecord<Conversation> {
  const { id: _id, ...fresh } = createConversation(
    { id: 0, orgId: f.orgId, inboxId: f.inboxId, contactId: f.contactIds[0] ?? 0, channel: 'chat' },
    1_700_000_000_000,
  );
  return { ...fresh, ...overrides };
}

export interface StoreContext {
  db: TestDatabase;
  store: Store;
  /** Seeded afresh before each test. */
  f: Fixture;
}

/**
 * Runs `body` once on PGlite and once on PostgreSQL when TEST_DATABASE_URL is set, with one
 * database per file (PGlite takes seconds to start) emptied and re-seeded before each test.
 */
export function describeOnEachDatabase(
  title: string,
  body: (ctx: () => StoreContext) => void,
): void {
  const databases: [string, () => Promise<TestDatabase>][] = [['PGlite', freshPglite]];
  const postgresUrl = TEST_DATABASE_URL;
  if (postgresUrl !== undefined) databases.push(['PostgreSQL', () => freshPostgres(postgresUrl)]);

  for (const [name, open] of databases)
    describe(`${title} on ${name}`, () => {
      let current: StoreContext | undefined;
      let db: TestDatabase | undefined;
      beforeAll(async () => {
        db = await open();
      }, 60_000);
      afterAll(() => db?.drop());
      beforeEach(async () => {
        if (!db) throw new Error('the test database did not open');
        await resetDatabase(db.client);
        const store = createSqlStore(db.client);
        current = { db, store, f: await store.transaction(seedFixture) };
      });
      body(() => {
        if (!current) throw new Error('no test database');
        return current;
      });
    });
}
