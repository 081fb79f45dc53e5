// "SIGKILL the server during a bulk close; after restart the database is consistent (all or
// nothing)": the real entry point in a child process, bulk closes of 25 in flight, killed at random
// moments several times over the same data (PGlite DATA_DIR, and PostgreSQL when TEST_DATABASE_URL
// is set). Afterwards every batch is all closed or all untouched, with exactly one close line per
// closed conversation, the change feed, outbox, report rows and counts agree with the rows, and
// every webhook of a close reaches the receiver. A soak: `npm run test:soak`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoData } from '../../src/backend/demo-data';
import type { BulkConversation, Store } from '../../src/backend/store';
import { createConversation } from '../../src/domain';
import { killChildServers, startChildServer, type ChildDatabase } from '../server/child-server';
import type { SqlClient } from '../../server/db/client';
import { createPgliteClient } from '../../server/db/pglite-client';
import { createSqlStore } from '../../server/sql-store';
import { freshPostgres, TEST_DATABASE_URL, type TestDatabase } from '../server/databases';
import {
  eventually,
  passwords,
  preparedDataDir,
  signIn,
  sleep,
  startReceiver,
  type Receiver,
} from '../server/webhook-kit';

const BATCH = 25;
const KILLS = 4;
/** Bulk requests in flight at once, and at most this many batches per life of the server. */
const IN_FLIGHT = 3;
const PER_LIFE = 8;
const EVENTS = ['conversation_manual_push', 'conversation_push'] as const;

type Database = ChildDatabase;

let receiver: Receiver;
/** Acme's id, read from the demo data. */
let ORG = 0;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  killChildServers();
  await receiver.close();
});

/** Open conversations of their own (one contact each), a webhook subscriber, and the batches. */
async function arrange(store: Store, client: SqlClient, count: number): Promise<number[][]> {
  const now = Date.now();
  const alex = await store.transaction((tx) => tx.findAgentByEmail('alex@acme.test'));
  if (!alex) throw new Error('no Alex in the demo data');
  ORG = alex.orgId;
  const inbox = (await store.transaction((tx) => tx.listInboxes(ORG)))[0];
  if (!inbox) throw new Error('no inbox in the demo data');
  const { rows: before } = await client.query(
    'SELECT coalesce(max(id), 0) AS id FROM conversations',
  );
  const rows: BulkConversation[] = Array.from({ length: count }, (_, i) => {
    const {
      id: _id,
      orgId: _org,
      contactId: _contact,
      ...conversation
    } = createConversation(
      { id: 0, orgId: ORG, inboxId: inbox.id, contactId: 0, channel: 'chat' },
      now - 60_000 + i,
    );
    return {
      contact: { name: `Batch ${i}`, email: `batch-${i}-${now}@customers.test` },
      conversation,
      message: { body: 'Hello, I need help', createdAt: now - 60_000 + i },
    };
  });
  if (!store.bulkInsertConversations) throw new Error('the SQL store loads in bulk');
  await store.bulkInsertConversations(ORG, rows);
  const { rows: made } = await client.query(
    "SELECT id FROM conversations WHERE org_id = $1 AND id > $2 AND status = 'open' ORDER BY id",
    [ORG, Number(before[0]?.['id'] ?? 0)],
  );
  const ids = made.map((row) => Number(row['id']));
  expect(ids).toHaveLength(count);
  await store.transaction((tx) =>
    tx.insertWebhook({
      orgId: ORG,
      url: receiver.url,
      events: [...EVENTS],
      secret: 'bulk-sigkill-secret-0123',
      createdAt: now,
    }),
  );
  const batches: number[][] = [];
  for (let i = 0; i + BATCH <= ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  return batches;
}

interface Fired {
  batch: number[];
  /** 200: the server said it closed them all. null: no answer (the kill came first). */
  status: number | null;
}

/** One life of the server: bulk closes in flight until a SIGKILL at a random moment. */
async function liveAndDie(database: Database, queue: number[][], fired: Fired[]): Promise<void> {
  const server = await startChildServer(database);
  const { url } = server;
  const alex = await signIn(url, 'alex@acme.test');
  const mine = queue.splice(0, PER_LIFE);
  // Killed after a random number of answers, a random part of the last answer's time later: so
  // at a different point of the requests still in flight each time.
  const killAfter = 1 + Math.floor(Math.random() * (PER_LIFE - IN_FLIGHT));
  let answered = 0;
  let kill: (afterMs: number) => void = () => {};
  const killNow = new Promise<number>((resolve) => {
    kill = resolve;
  });
  const worker = async () => {
    for (;;) {
      const batch = mine.shift();
      if (!batch) return;
      const record: Fired = { batch, status: null };
      fired.push(record);
      const started = Date.now();
      try {
        const res = await alex.send('POST', '/api/conversations/bulk', {
          action: 'close',
          ids: batch,
        });
        record.status = res.status;
        await res.text();
      } catch {
        return; // the connection died with the server
      }
      answered += 1;
      if (answered === killAfter) kill(Math.random() * (Date.now() - started));
    }
  };
  const workers = Array.from({ length: IN_FLIGHT }, worker);
  await sleep(await killNow);
  await server.stop('SIGKILL');
  await Promise.all(workers);
  // A batch never sent in this life goes to the next one.
  queue.unshift(...mine);
}

/** What a batch left: every conversation, its thread, feed, outbox and report rows. */
async function check(store: Store, client: SqlClient, fired: readonly Fired[], feedMark: number) {
  const changes = await store.transaction((tx) => tx.listChangesSince(ORG, feedMark, 100_000));
  const outbox = await store.transaction((tx) => tx.listOutbox(ORG));
  let closedBatches = 0;
  let untouchedBatches = 0;
  const closeTypes = new Set<string>();
  for (const { batch, status } of fired) {
    expect([200, null]).toContain(status);
    const conversations = await store.transaction((tx) => tx.getConversations(ORG, batch));
    const statuses = new Set(conversations.map((c) => c.status));
    expect({ batch: batch[0], statuses: [...statuses] }).toEqual({
      batch: batch[0],
      statuses: [statuses.has('closed') ? 'closed' : 'open'],
    });
    const closed = statuses.has('closed');
    if (status === 200) expect(closed).toBe(true);
    if (closed) closedBatches += 1;
    else untouchedBatches += 1;
    const metrics = await client.query(
      'SELECT conversation_id, status FROM conversation_metrics WHERE conversation_id = ANY($1::int[])',
      [batch],
    );
    for (const c of conversations) {
      expect(c.version).toBe(closed ? 2 : 1);
      const thread = await store.transaction((tx) => tx.listMessages(ORG, c.id, { limit: 100 }));
      const lines = thread.filter((m) => m.type === 'event');
      expect(lines.map((m) => m.body)).toEqual(closed ? ['Alex closed the conversation'] : []);
      const feed = changes.filter((e) => e.conversationId === c.id);
      expect(feed.map((e) => e.type)).toEqual(
        closed ? ['message.added', 'conversation.changed', 'counts.changed'] : [],
      );
      if (closed) {
        expect(feed[1]?.data).toMatchObject({ conversation: { status: 'closed', version: 2 } });
        expect(feed[2]?.data).toEqual({ from: 'open', to: 'closed' });
      }
      const types = outbox.filter((e) => e.conversationId === c.id).map((e) => e.payload.type);
      // Each webhook of the close once: no entry lost, none written twice.
      expect(new Set(types).size).toBe(types.length);
      if (closed) {
        expect(types.length).toBeGreaterThan(0);
        if (closeTypes.size === 0) for (const t of types) closeTypes.add(t);
        expect(new Set(types)).toEqual(closeTypes);
      } else {
        expect(types).toEqual([]);
      }
      const row = metrics.rows.find((m) => Number(m['conversation_id']) === c.id);
      expect(row?.['status']).toBe(closed ? 'closed' : 'open');
    }
  }
  // The counts the triggers keep agree with the rows.
  const { rows } = await client.query(
    'SELECT status, count(*) AS n FROM conversations WHERE org_id = $1 GROUP BY status',
    [ORG],
  );
  const counted = Object.fromEntries(rows.map((r) => [String(r['status']), Number(r['n'])]));
  expect(await store.transaction((tx) => tx.countByStatus(ORG))).toEqual(counted);
  return { closedBatches, untouchedBatches };
}

async function soak(database: Database, open: () => Promise<SqlClient>) {
  let client = await open();
  let store = createSqlStore(client);
  const batches = await arrange(store, client, KILLS * PER_LIFE * BATCH);
  const feedMark = await store.transaction(async (tx) => (await tx.latestChangeId?.(ORG)) ?? 0);
  // PGlite is one process's: the server gets the data directory to itself.
  await store.close();

  const queue = [...batches];
  const fired: Fired[] = [];
  for (let life = 0; life < KILLS && queue.length > 0; life += 1) {
    await liveAndDie(database, queue, fired);
  }
  expect(fired.length).toBeGreaterThan(KILLS);

  // One more life, left running until the webhooks of every closed batch have arrived: the
  // worker sends what the kills left pending, so none is lost.
  const last = await startChildServer(database);
  try {
    const alex = await signIn(last.url, 'alex@acme.test');
    const closedIds: number[] = [];
    for (const { batch } of fired) {
      const first = await alex.json<{ status: string }>('GET', `/api/conversations/${batch[0]}`);
      if (first.status === 'closed') closedIds.push(...batch);
    }
    await eventually(() => {
      const got = new Set(
        receiver.requests.map((r) => `${r.payload.data.conversationId} ${r.payload.type}`),
      );
      const missing = closedIds.flatMap((id) =>
        EVENTS.filter((type) => !got.has(`${id} ${type}`)).map((type) => `${id} ${type}`),
      );
      expect(missing).toEqual([]);
    }, 120_000);
  } finally {
    await last.stop();
  }

  client = await open();
  store = createSqlStore(client);
  try {
    const { closedBatches, untouchedBatches } = await check(store, client, fired, feedMark);
    return { closedBatches, untouchedBatches, fired: fired.length };
  } finally {
    await store.close();
  }
}

/** Each database at hand: a fresh one, its DATABASE_URL or DATA_DIR, and how to clean up. */
interface Setup {
  database: Database;
  open: () => Promise<SqlClient>;
  drop: () => Promise<void>;
}

const setups: [name: string, make: () => Promise<Setup>][] = [
  [
    'PGlite (DATA_DIR)',
    async () => {
      const dataDir = join(await mkdtemp(join(tmpdir(), 'parley-bulk-sigkill-')), 'data');
      await preparedDataDir(dataDir);
      return {
        database: { dataDir },
        open: () => createPgliteClient({ dataDir }),
        drop: () => rm(dirname(dataDir), { recursive: true, force: true }),
      };
    },
  ],
];
const postgresUrl = TEST_DATABASE_URL;
if (postgresUrl !== undefined) {
  setups.push([
    'PostgreSQL',
    async () => {
      const db: TestDatabase = await freshPostgres(postgresUrl);
      await ensureDemoData(createSqlStore(db.client), { passwords, now: Date.now() });
      if (!db.url || !db.connect) throw new Error('freshPostgres gives a URL and more pools');
      const connect = db.connect;
      return { database: { databaseUrl: db.url }, open: async () => connect(), drop: db.drop };
    },
  ]);
}

describe('SIGKILL during bulk closes', () => {
  for (const [name, make] of setups) {
    it(`on ${name}: each batch all closed or untouched after restarts, no webhook lost`, async () => {
      const setup = await make();
      try {
        const { closedBatches, untouchedBatches, fired } = await soak(setup.database, setup.open);
        // Not a check of nothing: some batches closed; the rest were untouched, none half done.
        expect(closedBatches).toBeGreaterThan(0);
        expect(closedBatches + untouchedBatches).toBe(fired);
      } finally {
        await setup.drop();
      }
    }, 600_000);
  }
});
