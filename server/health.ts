// `GET /healthz` (the process answers) and `GET /readyz` (the database answers and its schema is
// this build's), for load balancers and orchestrators. While the process drains for a stop,
// readyz answers 503 so the balancer sends new requests elsewhere.
import { Hono } from 'hono';
import type { SqlExecutor } from './db/client';
import { toSafeInteger } from './db/int8';
import { MIGRATIONS } from './db/migrations';

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
/** A database that does not answer within this long is not ready. */
const DB_TIMEOUT_MS = 2_000;

export interface Readiness {
  draining(): boolean;
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}

export function healthRoutes(db: SqlExecutor, readiness: Readiness) {
  const noStore = { 'Cache-Control': 'no-store' };
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }, 200, noStore))
    .get('/readyz', async (c) => {
      if (readiness.draining()) return c.json({ status: 'draining' }, 503, noStore);
      try {
        const { rows } = await within(
          DB_TIMEOUT_MS,
          db.query('SELECT max(version) AS version FROM schema_migrations'),
        );
        const version = toSafeInteger(rows[0]?.['version'] ?? 0);
        if (version < LATEST)
          return c.json({ status: 'migrating', schema: version, wanted: LATEST }, 503, noStore);
        return c.json({ status: 'ready', schema: version }, 200, noStore);
      } catch {
        // The reason stays in the server's own log: a probe needs only the verdict.
        return c.json({ status: 'database unavailable' }, 503, noStore);
      }
    });
}
