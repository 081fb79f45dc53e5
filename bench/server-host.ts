// The host under load, in its own process so that autocannon does not share its event loop:
// `node --import tsx bench/server-host.ts` with BENCH_DATA_DIR or BENCH_DATABASE_URL; it prints
// its URL on the first line of stdout and stops on SIGTERM.
import { join } from 'node:path';
import { startServer } from '../server/host';
import { BUILD } from './build';

const host = await startServer({
  dataDir: process.env.BENCH_DATA_DIR || undefined,
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  port: 0,
  hostname: '127.0.0.1',
  distDir: join(BUILD, 'none'),
  clockIntervalMs: 0,
  webhooks: false,
  log: () => undefined,
});
console.log(host.url.replace('localhost', '127.0.0.1'));
process.once('SIGTERM', () => {
  void host.close().then(() => process.exit(0));
});
