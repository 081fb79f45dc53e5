// What a bulk close of 25 costs the database in statements (each a round trip on PostgreSQL, and
// one more statement to plan on PGlite): the rows read with the org's settings, and one call for
// all of the change's writes (conversations, thread lines, webhooks, report figures, change feed
// and undo record: parley_write_changes, migrations 0018 and 0019), all or nothing on its own,
// without BEGIN and COMMIT (Store.optimistic); in a transaction, with the rows locked, where the
// change may have freed or asked for a routing slot.
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
    transaction: (fn) => {
      log.push('BEGIN');
      return client.transaction((tx) => fn(wrap(tx)));
    },
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
    // The session, the rows with the org's settings (unlocked), and the writes: no BEGIN, no
    // COMMIT.
    expect(closed.statements).toEqual([
      expect.stringContaining('FROM sessions'),
      expect.stringMatching(/LEFT JOIN org_settings[\s\S]*ORDER BY c\.id$/),
      expect.stringContaining('parley_write_changes'),
    ]);
    // Closed again: nothing changes, nothing is written.
    const again = await closeAll('close', ids);
    expect(again.data.map((c) => c.version)).toEqual(closed.data.map((c) => c.version));
    expect(again.statements).toEqual([
      expect.stringContaining('FROM sessions'),
      expect.stringContaining('LEFT JOIN org_settings'),
    ]);
    // Reopened, they ask for routing (Acme routes round robin): in a transaction, with the rows
    // locked, then the routing mode and the agents' loads, under the feed lock the writes already
    // hold.
    const reopened = await closeAll('open', ids);
    expect(reopened.data.map((c) => c.status)).toEqual(ids.map(() => 'open'));
    expect(reopened.statements.slice(1, 4)).toEqual([
      'BEGIN',
      expect.stringMatching(/LEFT JOIN org_settings[\s\S]*FOR UPDATE/),
      expect.stringContaining('parley_write_changes'),
    ]);
    expect(reopened.statements.slice(-2)).toEqual([
      expect.stringContaining('FROM org_routing'),
      expect.stringContaining('FROM agents a'),
    ]);
    expect(reopened.statements.filter((sql) => sql.startsWith('SELECT pg_advisory'))).toEqual([]);
  });

  it('reads again where a conversation changed between its read and its write', async () => {
    const { conversationId } = await harness.inbound();
    const optimistic = harness.store.optimistic?.bind(harness.store);
    if (!optimistic) throw new Error('the SQL store writes optimistically');
    const runs: number[] = [];
    log.length = 0;
    const stale = await optimistic(async (tx) => {
      const [read] = await tx.getConversations(1, [conversationId], { forUpdate: true });
      if (!read) throw new Error('not found');
      runs.push(read.version);
      if (runs.length === 1) {
        // Someone else's change, committed after this read.
        const bumped = { ...read, priority: 'high' as const, version: read.version + 1 };
        await harness.store.transaction((other) =>
          other.updateConversations([{ conversation: bumped, expectedVersion: read.version }]),
        );
      }
      const closed = { ...read, status: 'closed' as const, version: read.version + 1 };
      const written = await tx.writeChanges?.({
        orgId: 1,
        updates: [{ conversation: closed, expectedVersion: read.version }],
        messages: [],
        outbox: [],
        moved: [],
        now: read.updatedAt,
        hold: null,
        feed: [],
        undo: null,
        last: true,
      });
      return written?.stale;
    });
    // The first write undid itself (serialization_failure); the second read saw the other change.
    expect(stale).toEqual([]);
    expect(runs).toEqual([runs[0], (runs[0] ?? 0) + 1]);
    expect(log.filter((sql) => sql === 'BEGIN')).toEqual(['BEGIN']); // the other change's only
    const saved = await harness.store.read((tx) => tx.getConversation(1, conversationId));
    expect({ status: saved?.status, priority: saved?.priority, version: saved?.version }).toEqual({
      status: 'closed',
      priority: 'high',
      version: (runs[0] ?? 0) + 2,
    });
  });

  it('runs a change that needs a lock or a second write in a transaction instead', async () => {
    const { conversationId } = await harness.inbound();
    const optimistic = harness.store.optimistic?.bind(harness.store);
    if (!optimistic) throw new Error('the SQL store writes optimistically');
    log.length = 0;
    const tries: boolean[] = [];
    const status = await optimistic(async (tx) => {
      const locked = await tx.getConversation(1, conversationId, { forUpdate: true });
      tries.push(true);
      return locked?.status;
    });
    expect(status).toBe('open');
    // Refused before it ran, then run again in a transaction.
    expect(tries).toHaveLength(1);
    expect(log).toEqual(['BEGIN', expect.stringMatching(/FOR UPDATE$/)]);
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
