// `node --import tsx server/main.ts` (what `npm start` runs): configuration from the environment,
// then the host until SIGINT or SIGTERM.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllowList } from '../src/backend/service/webhook-address';
import { startServer } from './host';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`PORT must be a port number (0-65535), not "${value}".`);
    process.exit(1);
  }
  return n;
}

function webhookAllow(value: string | undefined) {
  try {
    return parseAllowList(value);
  } catch (error) {
    console.error(`PARLEY_WEBHOOK_ALLOW_HOSTS: ${error instanceof Error ? error.message : error}.`);
    process.exit(1);
  }
}

/** A stuck connection or database must not keep a stopping process alive forever. */
const SHUTDOWN_TIMEOUT_MS = 10_000;
/** Requests and webhook attempts in flight get this long to finish (webhooks time out at 5 s). */
const DRAIN_MS = 7_000;

try {
  const host = await startServer({
    port: port(env['PORT']),
    hostname: env['HOST'] || undefined,
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: resolve(env['DATA_DIR'] || resolve(root, '.parley-data')),
    distDir: resolve(root, 'dist'),
    webhookAllow: webhookAllow(env['PARLEY_WEBHOOK_ALLOW_HOSTS']),
    requestLog: { level: env['LOG_LEVEL'] },
  });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // `npm start` forwards the terminal's Ctrl-C, so the same signal can arrive twice.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Parley.`);
    setTimeout(() => {
      console.error('Parley did not stop in time; exiting anyway.');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    host.close({ drainMs: DRAIN_MS }).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Parley did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error('Parley could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
}
