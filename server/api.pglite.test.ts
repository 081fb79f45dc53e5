// The shared API suite on the SQL Store over an in-memory PGlite.
import { defineApiSuite } from '../src/backend/api-suite';
import { createSqlStore } from './sql-store';
import { freshPglite } from './test-databases';

defineApiSuite('API on PGlite', async () => {
  const db = await freshPglite();
  return { store: createSqlStore(db.client), close: () => db.drop() };
});
