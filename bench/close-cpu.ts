// CPU per bulk close of 25, the closes one after another on one connection, for comparing two
// versions back to back on a machine whose wall-clock latencies are noisy:
// `node --import tsx bench/close-cpu.ts` with BENCH_DATA_DIR (PGlite) or BENCH_DATABASE_URL
// (PostgreSQL) naming a seeded bench database (bench/server.ts; a copy, since this migrates it),
// CLOSES (200) and WARM (20, not counted). Prints, per close, the host's CPU time and its system
// part, the CPU time of the PostgreSQL processes serving the host's connections, and the wall
// time, with the machine's load; then reopens what it closed and takes out the status lines, feed
// entries, outbox rows and undo records it wrote, so the next run finds the database as it was.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startChildHost } from './child-host';
import { forgetRun, openIds } from './server';

/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ 100). */
const TICK_MS = 10;

/** A process's CPU time in ms from /proc/<pid>/stat: user and system, or the system part. */
function processCpuMs(pid: number, part: 'all' | 'system' = 'all'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const system = Number(f[12]);
    return (part === 'system' ? system : Number(f[11]) + system) * TICK_MS;
  } catch {
    return 0;
  }
}
const CLOSES = Number(process.env.CLOSES ?? 200);
const WARM = Number(process.env.WARM ?? 20);
const dbUrl = process.env.BENCH_DATABASE_URL || undefined;
const since = Date.now();
const host = await startChildHost('server-host.ts', {
  BENCH_DATA_DIR: process.env.BENCH_DATA_DIR ?? '',
  BENCH_DATABASE_URL: dbUrl ?? '',
});
try {
  const r = await fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'alex@acme.test', password: 'demo-password' }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const ids = await openIds(host, cookie, (CLOSES + WARM) * 25);
  const groups: number[][] = [];
  for (let i = 0; i + 25 <= ids.length; i += 25) groups.push(ids.slice(i, i + 25));
  const bulk = async (action: string, group: number[]) => {
    const res = await fetch(`${host.url}/api/conversations/bulk`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, ids: group }),
    });
    if (!res.ok) throw new Error(`bulk ${action}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (const g of groups.slice(0, WARM)) await bulk('close', g);
  let backends: number[] = [];
  if (dbUrl) {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const { rows } = await c.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    backends = rows.map((x) => x.pid);
    await c.end();
  }
  const dbCpu = () => backends.reduce((s, p) => s + processCpuMs(p), 0);
  const h0 = processCpuMs(host.pid);
  const hs0 = processCpuMs(host.pid, 'system');
  const ds0 = backends.reduce((s, p) => s + processCpuMs(p, 'system'), 0);
  const d0 = dbCpu();
  const t0 = performance.now();
  const measured = groups.slice(WARM, WARM + CLOSES);
  for (const g of measured) await bulk('close', g);
  const wall = performance.now() - t0;
  const n = measured.length;
  const out = {
    closes: n,
    hostMs: +((processCpuMs(host.pid) - h0) / n).toFixed(2),
    hostSysMs: +((processCpuMs(host.pid, 'system') - hs0) / n).toFixed(2),
    dbMs: +((dbCpu() - d0) / n).toFixed(2),
    dbSysMs: +((backends.reduce((s, p) => s + processCpuMs(p, 'system'), 0) - ds0) / n).toFixed(2),
    wallMs: +(wall / n).toFixed(2),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
  };
  console.log(JSON.stringify(out));
  for (const g of groups.slice(0, WARM + CLOSES)) await bulk('open', g);
} finally {
  await host.close();
  await forgetRun(
    { dataDir: process.env.BENCH_DATA_DIR || undefined, databaseUrl: dbUrl },
    since,
    () => undefined,
  );
}
