// The Node host: the database, the backend's Hono app and the built SPA on one HTTP port, with
// the clock and the webhook worker running beside them. Tests start it in-process (port 0) and
// stop it with `close()`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/backend/app';
import { createChangeHub } from '../src/backend/change-hub';
import { createClockTicker } from '../src/backend/clock';
import { ensureDemoData } from '../src/backend/demo-data';
import type { PasswordHasher } from '../src/backend/deps';
import type { AllowList } from '../src/backend/service/webhook-address';
import type { ServerAddress } from '../src/backend/service/webhook-target';
import type { Logger } from 'pino';
import { startClockLoop } from './clock-loop';
import { compressedAnswers } from './compression';
import type { SqlClient } from './db/client';
import { LOCK_KEYS } from './db/lock-keys';
import { migrate } from './db/migrate';
import { describeDatabase, openDatabase, type DatabaseConfig } from './open-database';
import { createPasswords } from './passwords';
import { startPgChangeHub } from './pg-change-hub';
import { createSignalHub } from '../src/backend/signal-hub';
import { apiDocs, docsPolicy } from './api-docs';
import { healthRoutes } from './health';
import {
  createRequestLogger,
  requestLog,
  type HostEnv,
  type RequestLogOptions,
} from './request-log';
import { securityHeaders } from './security-headers';
import { serverAddress } from './server-address';
import { createSqlStore } from './sql-store';
import { staticFiles } from './static-files';
import { startWebhookWorker, type WebhookWorkerSettings } from './webhook-worker';
import { resolveForCheck, systemLookup, type Lookup } from './webhooks/egress';

export interface HostOptions {
  /** 0 picks a free port. */
  port: number;
  /** Listen address; all interfaces when omitted. */
  hostname?: string | undefined;
  /** PGlite's directory, used when `databaseUrl` is not set. */
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  /**
   * An open database to use instead (tests: a PGlite made from a template starts in a second);
   * the host migrates it and closes it when it stops. With PostgreSQL, pass `databaseUrl` too, for
   * the LISTEN connection.
   */
  database?: SqlClient | undefined;
  /** The built app (`dist/`); the API works without it. */
  distDir: string;
  passwords?: PasswordHasher | undefined;
  now?: (() => number) | undefined;
  log?: ((line: string) => void) | undefined;
  /** How often the clock rules run; 0 turns the clock off (tests that move time themselves). */
  clockIntervalMs?: number | undefined;
  /** The webhook worker's settings (tests shorten its poll), or false for no worker. */
  webhooks?: Partial<WebhookWorkerSettings> | false | undefined;
  /** Hosts and ranges webhooks may reach besides public addresses (`PARLEY_WEBHOOK_ALLOW_HOSTS`). */
  webhookAllow?: AllowList | undefined;
  /** How webhook hosts are resolved: the system resolver unless a test stubs it. */
  webhookLookup?: Lookup | undefined;
  /** The undo window (SPEC 7.2's 10 s unless a test of delivery alone shortens it). */
  undoWindowMs?: number | undefined;
  /** One JSON line per request (`LOG_LEVEL`); none unless given. */
  requestLog?: RequestLogOptions | undefined;
}

/**
 * Snoozes end within this long of `snoozedUntil`. A tick is one query over partial indexes that
 * hold only the rows a rule may act on (see the schema), so running it every second stays cheap
 * with 100,000 conversations.
 */
const DEFAULT_CLOCK_INTERVAL_MS = 1_000;

export interface RunningHost {
  url: string;
  port: number;
  /**
   * Stops accepting and ends open connections (event streams included), then closes the
   * database. With `drainMs`, requests and webhook attempts in flight get that long to finish
   * first, and `/readyz` answers 503 meanwhile (a SIGTERM from an orchestrator).
   */
  close(opts?: { drainMs?: number }): Promise<void>;
}

export async function startServer(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const passwords = options.passwords ?? createPasswords();
  const database = { databaseUrl: options.databaseUrl, dataDir: options.dataDir };

  const client = await adoptOrOpen(options.database, database);
  const store = createSqlStore(client);
  const onError = (error: unknown) => console.error(error);
  // PGlite belongs to this process, so the in-process hub reaches every stream; PostgreSQL may
  // have other processes on it, whose streams hear of our commits through NOTIFY.
  const pgHub = options.databaseUrl
    ? await startPgChangeHub(options.databaseUrl, onError).catch(async (error: unknown) => {
        await store.close().catch(() => undefined);
        throw error;
      })
    : null;
  const changes = pgHub ?? createChangeHub();
  const signals = pgHub ?? createSignalHub();
  let address: ServerAddress | null = null;
  try {
    // Two processes starting on one empty PostgreSQL would otherwise both seed it.
    await client.withAdvisoryLock(LOCK_KEYS.seeding, () =>
      ensureDemoData(store, { passwords, now }),
    );
    // One hub for the routes and the clock, so a snooze that ends wakes open event streams.
    const lookup = options.webhookLookup ?? systemLookup;
    const deps = {
      store,
      now,
      passwords,
      changes,
      signals,
      onError,
      serverAddress: () => address,
      webhookAllow: options.webhookAllow,
      resolveHost: resolveForCheck(lookup),
      ...(options.undoWindowMs === undefined ? {} : { undoWindowMs: options.undoWindowMs }),
    };
    let draining = false;
    const app = hostApp(createApp(deps), options.distDir, {
      health: healthRoutes(client, { draining: () => draining }),
      logger: options.requestLog ? createRequestLogger(options.requestLog) : null,
    });
    const server = createServer(getRequestListener(app.fetch));
    const inFlight = trackRequests(server);
    const port = await listen(server, options.port, options.hostname);
    address = serverAddress(port, options.hostname);
    const url = `http://localhost:${port}`;
    log(`Database: ${describeDatabase(database)}`);
    log(`Parley listening on ${url}`);
    const interval = options.clockIntervalMs ?? DEFAULT_CLOCK_INTERVAL_MS;
    const clock = interval > 0 ? startClockLoop(createClockTicker(deps), interval, onError) : null;
    const worker =
      options.webhooks === false
        ? null
        : startWebhookWorker({
            ...options.webhooks,
            client,
            now,
            serverAddress: () => address,
            onError,
            allow: options.webhookAllow,
            lookup,
          });
    return {
      url,
      port,
      async close({ drainMs = GRACE_MS } = {}) {
        draining = true;
        const drain = drainMs > GRACE_MS;
        // A drain lets attempts in flight finish; a plain stop hands them back for another process.
        const workerDone = drain ? worker?.drain() : undefined;
        await stop(server, inFlight, drainMs, async () => {
          await Promise.all([clock?.stop(), workerDone ?? worker?.stop()]);
          await pgHub?.close();
          await store.close();
        });
      },
    };
  } catch (error) {
    await pgHub?.close();
    await store.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The request pipeline: security headers on every answer; under /api the backend's app, its JSON
 * compressed; anything else a file of the built app.
 */
export function hostApp(
  api: { fetch: (request: Request, bindings?: unknown) => Response | Promise<Response> },
  distDir: string,
  extras: { health?: Hono; logger?: Logger | null } = {},
) {
  const app = new Hono<HostEnv>();
  if (extras.logger) app.use(requestLog(extras.logger));
  app.use('/api/docs', docsPolicy);
  app.use(securityHeaders);
  if (extras.health) app.route('/', extras.health);
  app.route('/', apiDocs());
  return (
    app
      // Not hono/compress: it has no Brotli, and it would compress each page again per request.
      .use('/api/*', compressedAnswers())
      // `c.env` carries the socket: the API keys its rate limits by the client's address; `notes`
      // brings back its route and org for the request log.
      .all('/api/*', (c) => api.fetch(c.req.raw, { ...(c.env as object), notes: c.get('notes') }))
      .route('/', staticFiles(distDir))
  );
}

async function adoptOrOpen(given: SqlClient | undefined, config: DatabaseConfig) {
  if (given === undefined) return openDatabase(config);
  await migrate(given);
  return given;
}

function listen(
  server: ReturnType<typeof createServer>,
  port: number,
  hostname: string | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const onListening = () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string')
        reject(new Error('The server has no TCP port'));
      else resolve(address.port);
    };
    if (hostname === undefined) server.listen(port, onListening);
    else server.listen(port, hostname, onListening);
  });
}

/** In-flight requests get this long to finish; event streams never do, so they are cut after it. */
const GRACE_MS = 1_000;

/** Answers still being written, event streams left out (they only end when cut). */
function trackRequests(server: ReturnType<typeof createServer>): Set<ServerResponse> {
  const open = new Set<ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/api/events')) return;
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  return open;
}

async function stop(
  server: ReturnType<typeof createServer>,
  inFlight: Set<ServerResponse>,
  graceMs: number,
  closeRest: () => Promise<void>,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const end = Date.now() + graceMs;
  // Short waits: a request that finishes frees its keep-alive socket, which is closed at once.
  while (inFlight.size > 0 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.closeIdleConnections();
  }
  // What is left: event streams, idle keep-alive sockets, and requests past the grace.
  server.closeAllConnections();
  await closed;
  await closeRest();
}
