// The shared API suite on the SQL Store over an in-memory PGlite.
import { defineApiSuite } from './suite';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';

defineApiSuite('API on PGlite', async () => {
  const db = await freshPglite();
  return { store: createSqlStore(db.client), close: () => db.drop() };
});
