// The load generator in a process of its own: `node --import tsx bench/load-generator.ts` with a
// LoadSpec as JSON on its standard input; it prints autocannon's figures as JSON. Run from the bench's
// own process, autocannon shared an event loop and a heap with whatever the bench had loaded
// before (PGlite's memory after seeding, say), and its pauses showed up as server latency.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

export interface LoadSpec {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  /**
   * POST /api/conversations/bulk with this action, over these groups in turn, each once while
   * there are enough of them (the bench gives a close more groups than a load sends).
   */
  bulk?: { action: 'close' | 'open'; groups: number[][] };
  /** GET these paths in turn instead of `url`'s (searches: each a query of its own). */
  paths?: string[];
  /** The host's process, whose CPU time is counted. */
  hostPid: number;
  /** The host's PostgreSQL database, whose server processes' CPU time is counted too. */
  databaseUrl?: string | undefined;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * CPU time per request: the host's, and the whole machine's (host, database and this load
   * generator). With every connection always waiting on an answer, latency is bounded below by
   * connections × machine CPU per request / cores.
   */
  hostCpuMsPerRequest: number;
  machineCpuMsPerRequest: number;
  /**
   * On PostgreSQL, the CPU time per request of the server processes serving the host's
   * connections: with the host's, what a request costs whatever else the machine is running.
   */
  databaseCpuMsPerRequest?: number;
  non2xx: number;
  /** Requests sent, the warm-up's included: a bulk load's groups before this one were sent. */
  sent: number;
}

/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ 100). */
const TICK_MS = 10;

/** Busy CPU time of the whole machine, in ms, from /proc/stat. */
function machineBusyMs(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, n) => sum + n, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return (total - idle) * TICK_MS;
}

/** User and system CPU time of one process, in ms, from /proc/<pid>/stat (0 once it is gone). */
function processCpuMs(pid: number): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const WARM_UP_SECONDS = 2;

/** The server processes of the database's other connections (the host's pool). */
async function databaseBackends(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

const spec = JSON.parse(readFileSync(0, 'utf8')) as LoadSpec;
const bulk = spec.bulk;
const paths = spec.paths;
let sent = 0;
const run = (seconds: number) =>
  autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    // What a browser sends: answers come compressed, as the app gets them.
    headers: {
      Cookie: spec.cookie,
      Accept: 'application/json',
      'Accept-Encoding': 'gzip, deflate, br',
    },
    ...(bulk
      ? {
          method: 'POST' as const,
          requests: [
            {
              // Each request changes 25 rows that are not yet as asked: the next group.
              setupRequest: (request: autocannon.Request) => {
                const group = bulk.groups[sent % bulk.groups.length] ?? [];
                sent += 1;
                return {
                  ...request,
                  method: 'POST' as const,
                  headers: { ...request.headers, 'Content-Type': 'application/json' },
                  body: JSON.stringify({ action: bulk.action, ids: group }),
                };
              },
            },
          ],
        }
      : paths
        ? {
            requests: [
              {
                setupRequest: (request: autocannon.Request) => {
                  const path = paths[sent % paths.length] ?? '/';
                  sent += 1;
                  return { ...request, path };
                },
              },
            ],
          }
        : {}),
  });
// A warm-up first, not counted: the host's first seconds compile its code paths and fill the
// database's caches, and a five-second run would measure that as much as the steady state.
await run(WARM_UP_SECONDS);
// The host's connections are open after the warm-up; their server processes are on this machine.
const backends = spec.databaseUrl ? await databaseBackends(spec.databaseUrl) : [];
const databaseCpuMs = () => backends.reduce((sum, pid) => sum + processCpuMs(pid), 0);
const machineBefore = machineBusyMs();
const hostBefore = processCpuMs(spec.hostPid);
const databaseBefore = databaseCpuMs();
const result = await run(spec.seconds);
const requests = Math.max(1, result.requests.total);
const perRequest = (ms: number) => Math.round((ms / requests) * 100) / 100;
const out: LoadResult = {
  rps: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  hostCpuMsPerRequest: perRequest(processCpuMs(spec.hostPid) - hostBefore),
  machineCpuMsPerRequest: perRequest(machineBusyMs() - machineBefore),
  ...(backends.length > 0
    ? { databaseCpuMsPerRequest: perRequest(databaseCpuMs() - databaseBefore) }
    : {}),
  non2xx: result.non2xx + result.errors,
  sent,
};
console.log(JSON.stringify(out));
