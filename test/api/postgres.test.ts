// The shared API suite on the SQL Store over a real PostgreSQL, in a schema of its own.
import { describe } from 'vitest';
import { defineApiSuite } from './suite';
import { createSqlStore } from '../../server/sql-store';
import { freshPostgres, POSTGRES_SKIP_MESSAGE, TEST_DATABASE_URL } from '../server/databases';

if (TEST_DATABASE_URL === undefined) console.log(POSTGRES_SKIP_MESSAGE);

describe.skipIf(TEST_DATABASE_URL === undefined)('PostgreSQL', () => {
  defineApiSuite('API on PostgreSQL', async () => {
    const db = await freshPostgres(TEST_DATABASE_URL ?? '');
    return { store: createSqlStore(db.client), close: () => db.drop() };
  });
});
