// The delivery log on the SQL Store over PGlite, against the same tests as the memory Store.
import { defineWebhookLogSuite } from './suite';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';

defineWebhookLogSuite('webhook delivery log on PGlite', async () => {
  const db = await freshPglite();
  return { store: createSqlStore(db.client), close: () => db.drop() };
});
