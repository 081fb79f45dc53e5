// What a bulk close of 25 costs the database in statements (each a round trip on PostgreSQL, and
// one more statement to plan on PGlite): the rows locked with the org's settings, one call for
// all of the change's writes (conversations, thread lines, webhooks, report figures, change feed
// and undo record: parley_write_changes, migration 0018), and routing only where the change may
// have freed or asked for a slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../src/api';
import { buildHarness, type ApiHarness } from '../test/api/harness';
import { ok } from '../test/api/cases/helpers';
import { freshPglite } from '../test/server/databases';
import type { SqlClient, SqlExecutor } from './db/client';
import { CONVERSATION_VALUE_COLUMNS, conversationValueColumns } from './sql/conversation-row';
import { createSqlStore } from './sql-store';

/** The client with every statement it runs, in a transaction or not, written down. */
function counting(client: SqlClient, log: string[]): SqlClient {
  const wrap = (db: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      log.push(sql);
      return db.query(sql, params);
    },
    exec: (sql) => {
      log.push(sql);
      return db.exec(sql);
    },
  });
  return {
    ...client,
    ...wrap(client),
    transaction: (fn) => client.transaction((tx) => fn(wrap(tx))),
  };
}

describe('bulk close of 25 on the SQL store', () => {
  const log: string[] = [];
  let harness: ApiHarness;
  let client: SqlClient;
  beforeAll(async () => {
    harness = await buildHarness(async () => {
      const db = await freshPglite();
      client = db.client;
      return { store: createSqlStore(counting(db.client, log)), close: () => db.drop() };
    });
  }, 120_000);
  afterAll(() => harness.close());

  const closeAll = async (action: 'close' | 'open', ids: number[]) => {
    const alex = await harness.as('alex');
    log.length = 0;
    const res = await alex.send('POST', '/api/conversations/bulk', { action, ids });
    const { data } = await ok(res, bulkResultSchema);
    return { data, statements: [...log] };
  };

  it('writes 25 unassigned conversations in one statement, and reads no routing', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 25; i += 1) ids.push((await harness.inbound()).conversationId);
    const closed = await closeAll('close', ids);
    expect(closed.data.map((c) => c.status)).toEqual(ids.map(() => 'closed'));
    // The session, the rows locked with the org's settings, and the writes.
    expect(closed.statements).toEqual([
      expect.stringContaining('FROM sessions'),
      expect.stringMatching(/LEFT JOIN org_settings[\s\S]*FOR UPDATE/),
      expect.stringContaining('parley_write_changes'),
    ]);
    // Closed again: nothing changes, nothing is written.
    const again = await closeAll('close', ids);
    expect(again.data.map((c) => c.version)).toEqual(closed.data.map((c) => c.version));
    expect(again.statements).toEqual([
      expect.stringContaining('FROM sessions'),
      expect.stringContaining('FOR UPDATE'),
    ]);
    // Reopened, they ask for routing (Acme routes round robin): its mode and the agents' loads,
    // under the feed lock the writes already hold.
    const reopened = await closeAll('open', ids);
    expect(reopened.data.map((c) => c.status)).toEqual(ids.map(() => 'open'));
    expect(reopened.statements.slice(-2)).toEqual([
      expect.stringContaining('FROM org_routing'),
      expect.stringContaining('FROM agents a'),
    ]);
    expect(reopened.statements.filter((sql) => sql.startsWith('SELECT pg_advisory'))).toEqual([]);
  });

  it('writes every column a conversation has (a new column needs a new parley_write_changes)', async () => {
    const { rows } = await client.query<{ prosrc: string }>(
      "SELECT prosrc FROM pg_proc WHERE proname = 'parley_write_changes'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.prosrc.replace(/\s+/g, ' ')).toContain(
      `SET (${CONVERSATION_VALUE_COLUMNS}) = ROW(${conversationValueColumns('i.')})`,
    );
  });

  it('answers the settings read with locked rows, and those saved after them', async () => {
    const { conversationId } = await harness.inbound();
    const changed = {
      inactivitySeconds: 61,
      emailAutoResolveDays: 3,
      chatNewConversationAfterHours: 5,
    };
    await harness.store.transaction(async (tx) => {
      const [locked] = await tx.getConversations(1, [conversationId], { forUpdate: true });
      expect(locked?.orgId).toBe(1);
      const before = await tx.getSettings(1);
      await tx.saveSettings(1, changed);
      expect(await tx.getSettings(1)).toEqual(changed);
      await tx.saveSettings(1, before);
    });
  });
});
