// tag_keys in PL/pgSQL (migration 0020): the keys migration 0001's SQL function gave, for every
// kind of tags array, and the tag filter's condition still planned on the GIN index it feeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshPglite,
  freshPostgres,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '../../test/server/databases';

const ARRAYS = [
  '[]',
  '[{"name": "Billing", "color": "#f59e0b"}]',
  '[{"name": "VIP"}, {"name": "vip"}, {"name": "Ärger"}]',
  '[{"color": "#000"}, {"name": null}, {"name": 5}, {"name": {"x": 1}}, "plain"]',
  '[{"name": "a,b \\"quoted\\" {c}"}]',
];

const kinds: [string, () => Promise<TestDatabase>][] = [['PGlite', freshPglite]];
const url = TEST_DATABASE_URL;
if (url) kinds.push(['PostgreSQL', () => freshPostgres(url)]);

describe.each(kinds)('tag_keys on %s', (_name, open) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  }, 120_000);
  afterAll(() => db.drop());

  it('is PL/pgSQL, not a SQL function planned again by each statement that writes the index', async () => {
    const { rows } = await db.client.query<{ lanname: string }>(
      `SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
       WHERE p.proname = 'tag_keys'`,
    );
    expect(rows).toEqual([{ lanname: 'plpgsql' }]);
  });

  it.each(ARRAYS)('gives the keys of the SQL function it replaced for %s', async (tags) => {
    const { rows } = await db.client.query<{ now: string[] | null; before: string[] | null }>(
      `SELECT tag_keys($1::jsonb) AS now,
         (SELECT coalesce(array_agg(lower(t ->> 'name')), '{}')
          FROM jsonb_array_elements($1::jsonb) AS t) AS before`,
      [tags],
    );
    expect(rows[0]?.now).toEqual(rows[0]?.before);
  });

  it('keeps the tag filter on the GIN index', async () => {
    await db.client.transaction(async (tx) => {
      // An empty table: only the scans the index can answer are left to choose from.
      await tx.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT c.id FROM conversations c
         WHERE tag_keys(c.tags) @> ARRAY['billing'::text]`,
      );
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('conversations_tags');
    });
  });
});
