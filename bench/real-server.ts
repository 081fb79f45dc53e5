// The real server for the uiReal and lighthouse parts: the production build (bench/.build/prod)
// served by the Node host `npm start` runs (server/host.ts), on a PGlite of its own under
// node_modules/.cache, seeded once with 10,000 extra conversations in Acme and a 2,000-message
// thread on the newest open one. Every run starts from the same first screen: the long thread the
// newest open conversation, as seeded (see resetLongThread). BENCH_REAL_PORT picks the port (a
// free one otherwise).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedBulk } from '../src/backend/demo-data';
import { viewStatuses } from '../src/domain';
import type { SqlClient } from '../server/db/client';
import { openDatabase } from '../server/open-database';
import { createSqlStore } from '../server/sql-store';
import { ACME, demoConversations } from './demo-store';
import { BUILD } from './build';
import { startChildHost, type ChildHost } from './child-host';

export const REAL_DATA_DIR = join(BUILD, '..', 'pglite-ui');
const EXTRA = 10_000;
export const THREAD_SIZE = 2_000;

/** Seeds the database once (about a minute); later runs find it seeded and only vacuum it. */
export async function seedReal(log: (s: string) => void): Promise<void> {
  mkdirSync(REAL_DATA_DIR, { recursive: true });
  const client = await openDatabase({ dataDir: REAL_DATA_DIR });
  const store = createSqlStore(client);
  try {
    const now = Date.now();
    const have = await demoConversations(store, now);
    if (have < EXTRA) {
      log(`  seeding ${EXTRA} conversations and a ${THREAD_SIZE}-message thread (once)`);
      await seedBulk(store, { orgId: ACME, count: EXTRA, now, batchSize: 2000 });
      await store.transaction(async (tx) => {
        const [row] = await tx.listConversations(ACME, {
          statuses: viewStatuses('open'),
          sort: 'newest',
          limit: 1,
        });
        if (!row) throw new Error('bench: no open conversation for the long thread');
        const messages = Array.from({ length: THREAD_SIZE }, (_, n) => {
          const fromContact = n % 3 !== 2;
          return {
            orgId: ACME,
            conversationId: row.id,
            type: 'chat' as const,
            authorType: fromContact ? ('contact' as const) : ('agent' as const),
            authorId: fromContact ? row.contactId : (row.assigneeId ?? null),
            body: `Message ${n + 1} of ${THREAD_SIZE}: ${fromContact ? 'still waiting on the refund' : 'looking into it now'}.`,
            createdAt: row.createdAt + n,
            mentions: [],
            idempotencyKey: null,
          };
        });
        await tx.insertMessages(messages);
      });
    }
    await resetLongThread(client, now);
    await client.exec('VACUUM ANALYZE');
  } finally {
    await store.close();
  }
}

/** The first of the long thread's messages, which finds it again in a database seeded before. */
const FIRST_LINE = `Message 1 of ${THREAD_SIZE}: still waiting on the refund.`;

/**
 * The long thread as the uiReal ops and Lighthouse expect it, whatever the runs before did: the
 * open view's first row (opening the first row opens it; Lighthouse audits its address), with its
 * 2,000 messages and none of the status lines the bulk closes of earlier runs added, and no
 * snoozed conversation waking during the run to take the first row from it. Without this the
 * first row was whichever conversation had woken last, a thread of a few messages.
 */
async function resetLongThread(client: SqlClient, now: number): Promise<void> {
  const { rows } = await client.query(
    'SELECT conversation_id FROM messages WHERE org_id = $1 AND body = $2 LIMIT 1',
    [ACME, FIRST_LINE],
  );
  const id = rows[0]?.conversation_id;
  if (typeof id !== 'number')
    throw new Error('bench: the long thread is missing: delete ' + REAL_DATA_DIR);
  await client.query(`DELETE FROM messages WHERE conversation_id = $1 AND type = 'event'`, [id]);
  await client.query(
    `UPDATE conversations SET status = 'open', snoozed_until = NULL, updated_at = $2,
       version = version + 1 WHERE id = $1`,
    [id, now],
  );
  const day = 24 * 60 * 60 * 1000;
  await client.query(
    `UPDATE conversations SET snoozed_until = $2 WHERE org_id = $1 AND status = 'snoozed'
       AND snoozed_until < $2`,
    [ACME, now + day],
  );
}

export type RealHost = ChildHost;

/** The production build's host in a child process of its own (bench/real-host.ts). */
export function startRealHost(): Promise<RealHost> {
  return startChildHost('real-host.ts', {
    BENCH_DATA_DIR: REAL_DATA_DIR,
    BENCH_DIST_DIR: join(BUILD, 'prod'),
  });
}

/** A signed-in session's cookies, for a browser context or a fetch. */
export async function signInCookies(
  url: string,
): Promise<{ name: string; value: string; header: string }[]> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'alex@acme.test', password: 'demo-password' }),
  });
  if (!response.ok) throw new Error(`bench: sign-in answered ${response.status}`);
  return response.headers.getSetCookie().map((c) => {
    const pair = c.split(';')[0] ?? '';
    const eq = pair.indexOf('=');
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), header: pair };
  });
}
