// The hostile-input suite on the SQL Store over an in-memory PGlite: real SQL, where quotes, LIKE
// wildcards, NUL and integer overflow matter. One database serves every case, since none may
// change anything.
import { defineHostileSuite } from './hostile-suite';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';

defineHostileSuite('hostile input on PGlite', async () => {
  const db = await freshPglite();
  return { store: createSqlStore(db.client), close: () => db.drop() };
});
