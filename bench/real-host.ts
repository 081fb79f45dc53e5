// The host as `npm start` runs it, over the bench's production build: `node --import tsx
// bench/real-host.ts` with BENCH_DATA_DIR and BENCH_DIST_DIR (BENCH_REAL_PORT, else a free port);
// it prints its URL on the first line of stdout and stops on SIGTERM.
import { startServer } from '../server/host';

const host = await startServer({
  dataDir: process.env.BENCH_DATA_DIR,
  port: Number(process.env.BENCH_REAL_PORT ?? 0),
  hostname: '127.0.0.1',
  distDir: process.env.BENCH_DIST_DIR ?? 'dist',
  webhooks: false,
  log: () => undefined,
});
console.log(host.url.replace('localhost', '127.0.0.1'));
process.once('SIGTERM', () => {
  void host.close().then(() => process.exit(0));
});
