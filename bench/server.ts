// The server ops: the real Node host (server/host.ts) on PGlite and on PostgreSQL with 10,000 and
// 100,000 extra conversations in Acme, loaded by autocannon over loopback only (10 connections,
// a few seconds per op). Seeded databases are kept: PGlite's under node_modules/.cache, and on
// PostgreSQL one database per size next to the test database.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { seedBulk } from '../src/backend/demo-data';
import { FIRST_NAMES, LAST_NAMES } from '../src/backend/demo/demo-content';
import { openDatabase, type DatabaseConfig } from '../server/open-database';
import { createSqlStore } from '../server/sql-store';
import { ACME, demoConversations } from './demo-store';
import { BUILD, ROOT } from './build';
import { startChildHost, type ChildHost } from './child-host';
import type { LoadResult, LoadSpec } from './load-generator';
import type { ServerOp } from './stats';

const CACHE = join(BUILD, '..', 'pglite');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/**
 * How many open conversations a bulk close load takes its groups of 25 from: every one (the 100k
 * set has 60,000, 2,400 groups, more than its 7 s send), so each request closes 25 open ones.
 */
const BULK_OPEN_IDS = Number.POSITIVE_INFINITY;
/** BENCH_SERVER_SIZES=100000 (say) runs only those sizes; 10,000 and 100,000 otherwise. */
const SIZES = (process.env.BENCH_SERVER_SIZES ?? '10000,100000').split(',').map(Number);
/** BENCH_SERVER_OPS=search (say) runs only those ops; every op otherwise. */
const OPS = new Set((process.env.BENCH_SERVER_OPS ?? 'list,counts,bulk,search').split(','));
/** BENCH_SERVER_KINDS=postgres (say) runs only that database; PGlite and PostgreSQL otherwise. */
const KINDS = new Set((process.env.BENCH_SERVER_KINDS ?? 'pglite,postgres').split(','));
/** Search is measured at 100k only; the other ops at every size. */
const sizesToRun = () =>
  SIZES.filter((size) => size === 100_000 || ['list', 'counts', 'bulk'].some((op) => OPS.has(op)));

/**
 * What agents search for, each a query of its own so that the page cache (which keeps a page
 * until the org changes) answers few of them: full names (a contact's two words, about 100
 * matches at 100k), last names alone (about 3,000 matches to rank), at several page sizes.
 */
function searchPaths(): string[] {
  const paths: string[] = [];
  for (const [i, first] of FIRST_NAMES.entries()) {
    for (const [j, last] of LAST_NAMES.entries()) {
      const q = (i + j) % 3 === 0 ? last : `${first} ${last}`;
      const limit = 40 + ((i * 7 + j) % 11);
      paths.push(`/api/conversations?view=all&limit=${limit}&q=${encodeURIComponent(q)}`);
    }
  }
  return paths;
}

type Kind = 'pglite' | 'postgres';
const sizeName = (size: number) => `${size / 1000}k`;

async function seed(config: DatabaseConfig, size: number, log: (s: string) => void) {
  const client = await openDatabase(config);
  const store = createSqlStore(client);
  try {
    const now = Date.now();
    const have = await demoConversations(store, now);
    if (have < size) {
      log(`  seeding ${size} conversations (once; kept for the next run)`);
      const started = Date.now();
      await seedBulk(store, { orgId: ACME, count: size, now, batchSize: 2000 });
      log(`  seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    }
    // The database as autovacuum keeps a live PostgreSQL: dead rows cleared and planner
    // statistics fresh. Without it each run measured the last one's leftovers (the bulk closes
    // leave about 20,000 dead row versions at the top of the open view's index), and PGlite,
    // which has no autovacuum, would plan its first queries after a bulk load as for an empty
    // table.
    await client.exec('VACUUM ANALYZE');
  } finally {
    await store.close();
  }
}

/**
 * Takes out what a run's bulk loads wrote from `since` on beside the conversations' own rows: the
 * status lines, the change feed's entries, the webhook outbox (with its deliveries) and the undo
 * records. The loads reopen what they close, so the next run starts from the database as seeded;
 * without this each run left about 65,000 status lines, 200,000 feed entries and 150,000 outbox
 * rows, and the kept databases grew by some 300 MB a run. (The runs measured the same with them:
 * a copy with them all taken out gave the same CPU per close.)
 */
export async function forgetRun(config: DatabaseConfig, since: number, log: (s: string) => void) {
  const client = await openDatabase(config);
  try {
    const started = Date.now();
    for (const table of ['messages', 'change_events', 'webhook_outbox', 'undo_changes']) {
      const onlyStatusLines = table === 'messages' ? " AND type = 'event'" : '';
      await client.query(
        `DELETE FROM ${table} WHERE org_id = $1 AND created_at >= $2${onlyStatusLines}`,
        [ACME, since],
      );
    }
    log(
      `  took out the run's status lines, feed, outbox and undo records (${Date.now() - started} ms)`,
    );
  } finally {
    await client.close();
  }
}

async function pgDatabaseUrl(base: string, size: number): Promise<string> {
  // BENCH_DATABASE_PREFIX keeps apart the seeded databases of several checkouts on one cluster.
  const prefix = (process.env.BENCH_DATABASE_PREFIX ?? 'parley_bench').replace(/[^a-z0-9_]/g, '');
  const name = `${prefix}_${sizeName(size)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

type Host = ChildHost;

/** The host in a child process (bench/server-host.ts), so the load generator has its own. */
function startHost(config: DatabaseConfig): Promise<Host> {
  return startChildHost('server-host.ts', {
    BENCH_DATA_DIR: config.dataDir ?? '',
    BENCH_DATABASE_URL: config.databaseUrl ?? '',
  });
}

async function signIn(host: Host): Promise<string> {
  const response = await fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'alex@acme.test', password: 'demo-password' }),
  });
  if (!response.ok) throw new Error(`bench: sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The first `count` open conversations' ids, newest first, paged through the API. */
export async function openIds(host: Host, cookie: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  while (ids.length < count) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await fetch(`${host.url}/api/conversations?view=open&limit=100${query}`, {
      headers: { Cookie: cookie },
    });
    const page = (await response.json()) as { data: { id: number }[]; next: string | null };
    ids.push(...page.data.map((row) => row.id));
    cursor = page.next;
    if (!cursor) break;
  }
  return ids.slice(0, count);
}

/** One load, from a fresh process (bench/load-generator.ts) with its own event loop and heap. */
async function load(spec: Omit<LoadSpec, 'connections' | 'seconds'>): Promise<LoadResult> {
  const full: LoadSpec = { ...spec, connections: CONNECTIONS, seconds: SECONDS };
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/load-generator.ts')],
    {
      cwd: ROOT,
      // The spec on its standard input: a bulk load's groups are too long for the environment.
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  child.stdin.end(JSON.stringify(full));
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bench: the load generator exited (${code})`);
  return JSON.parse(text.trim().split('\n').at(-1) ?? '') as LoadResult;
}

async function measure(
  kind: Kind,
  size: number,
  config: DatabaseConfig,
  out: Record<string, ServerOp>,
  log: (s: string) => void,
) {
  const suffix = `${size === 100_000 ? '100k' : sizeName(size)}_${kind}`;
  log(`server ${suffix}`);
  await seed(config, size, log);
  const host = await startHost(config);
  // Every write of the run is from here on (the bench's host runs no clock).
  const since = Date.now();
  try {
    const base = host.url;
    const cookie = await signIn(host);
    const record = (name: string, op: LoadResult) => {
      const { non2xx, sent: _sent, ...figures } = op;
      if (non2xx > 0) log(`  ${name}: ${non2xx} answers were not 2xx`);
      out[name] = figures;
    };
    if (OPS.has('list')) {
      record(
        `list_page_${suffix}`,
        await load({
          url: `${base}/api/conversations?view=open&sort=newest&limit=50`,
          cookie,
          hostPid: host.pid,
          databaseUrl: config.databaseUrl,
        }),
      );
    }
    if (OPS.has('counts')) {
      record(
        `counts_${suffix}`,
        await load({
          url: `${base}/api/conversations/counts`,
          cookie,
          hostPid: host.pid,
          databaseUrl: config.databaseUrl,
        }),
      );
    }
    if (OPS.has('search') && size === 100_000) {
      record(
        `search_${suffix}`,
        await load({
          url: `${base}/api/conversations`,
          paths: searchPaths(),
          cookie,
          hostPid: host.pid,
          databaseUrl: config.databaseUrl,
        }),
      );
    }
    if (!OPS.has('bulk')) return;
    // Bulk: groups of 25 open conversations, closed one group a request, then the closed groups
    // reopened the same way, each load measured on its own. At 100k there are groups enough for
    // every close of the load (the 10k set has fewer open conversations: later closes go round
    // again and find theirs closed).
    const ids = await openIds(host, cookie, BULK_OPEN_IDS);
    if (ids.length < 5000) {
      throw new Error(
        `bench: only ${ids.length} open conversations in the ${sizeName(size)} ${kind} database ` +
          '(runs before one that reopened what it closed): delete it to seed it again',
      );
    }
    const groups: number[][] = [];
    for (let i = 0; i + 25 <= ids.length; i += 25) groups.push(ids.slice(i, i + 25));
    const suffix100k = size === 100_000 ? kind : `10k_${kind}`;
    const bulkLoad = (action: 'close' | 'open', of: number[][]) =>
      load({
        url: `${base}/api/conversations/bulk`,
        cookie,
        bulk: { action, groups: of },
        hostPid: host.pid,
        databaseUrl: config.databaseUrl,
      });
    const closes = await bulkLoad('close', groups);
    record(`bulk_close_25_${suffix100k}`, closes);
    const closed = groups.slice(0, Math.min(closes.sent, groups.length));
    const reopens = await bulkLoad('open', closed);
    record(`bulk_reopen_25_${suffix100k}`, reopens);
    // The reopen load stops partway: reopen the rest, or each run would leave the next a smaller
    // open view to page through (and, in time, none to close).
    for (const group of closed.slice(Math.min(reopens.sent, closed.length))) {
      const response = await fetch(`${base}/api/conversations/bulk`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'open', ids: group }),
      });
      if (!response.ok) throw new Error(`bench: reopening answered ${response.status}`);
    }
  } finally {
    await host.close();
  }
  if (OPS.has('bulk')) await forgetRun(config, since, log);
}

export async function runServer(log: (s: string) => void): Promise<Record<string, ServerOp>> {
  const out: Record<string, ServerOp> = {};
  mkdirSync(CACHE, { recursive: true });
  for (const size of KINDS.has('pglite') ? sizesToRun() : []) {
    const dataDir = join(CACHE, sizeName(size));
    await measure('pglite', size, { dataDir }, out, log);
  }
  if (!KINDS.has('postgres')) return out;
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!pgUrl) {
    log(
      'server: PostgreSQL ops skipped: set TEST_DATABASE_URL or DATABASE_URL ' +
        '(a local one: eval "$(bash scripts/ci-postgres.sh)")',
    );
    return out;
  }
  for (const size of sizesToRun()) {
    await measure('postgres', size, { databaseUrl: await pgDatabaseUrl(pgUrl, size) }, out, log);
  }
  return out;
}
