// The load generator in a process of its own: `node --import tsx bench/load-generator.ts` with a
// LoadSpec as JSON in BENCH_LOAD; it prints autocannon's figures as JSON. Run from the bench's
// own process, autocannon shared an event loop and a heap with whatever the bench had loaded
// before (PGlite's memory after seeding, say), and its pauses showed up as server latency.
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  /** POST /api/conversations/bulk over these groups: each closed, then reopened, in turn. */
  bulkGroups?: number[][];
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

const spec = JSON.parse(process.env.BENCH_LOAD ?? '') as LoadSpec;
const groups = spec.bulkGroups;
let sent = 0;
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  // What a browser sends: answers come compressed, as the app gets them.
  headers: {
    Cookie: spec.cookie,
    Accept: 'application/json',
    'Accept-Encoding': 'gzip, deflate, br',
  },
  ...(groups
    ? {
        method: 'POST' as const,
        requests: [
          {
            // Every request changes 25 rows: a group is closed, and reopened when its turn
            // comes round again, so none only finds them already closed.
            setupRequest: (request: autocannon.Request) => {
              const n = sent;
              sent += 1;
              const group = groups[n % groups.length] ?? [];
              const action = Math.floor(n / groups.length) % 2 === 0 ? 'close' : 'open';
              return {
                ...request,
                method: 'POST' as const,
                headers: { ...request.headers, 'Content-Type': 'application/json' },
                body: JSON.stringify({ action, ids: group }),
              };
            },
          },
        ],
      }
    : {}),
});
const out: LoadResult = {
  rps: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx + result.errors,
};
console.log(JSON.stringify(out));
