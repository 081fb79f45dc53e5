// Lighthouse on builds side by side: `node --import tsx bench/lighthouse-ab.ts <dist> [<dist>…]`
// starts the real server (bench/real-server.ts, its PGlite seeded by an earlier uiReal or
// lighthouse run) once per build and audits a page on each in turn, LH_ROUNDS rounds (3 unless
// set), so that a busy machine weighs on every build alike. LH_PAGE=inbox audits the inbox instead
// of the long thread's address. Besides Lighthouse's own figures it prints, from the audit's trace,
// the blocking time the CPU alone accounts for: each main-thread task's CPU time from the entry's
// evaluation on, times Lighthouse's 4× slow-down, less 50 ms, summed. The machine's other work
// stretches a task's wall time, which Lighthouse's simulation reads, far more than its CPU time.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { PAGES } from '../src/domain/pages';
import { startChildHost, type ChildHost } from './child-host';
import { auditPage } from './lighthouse';
import { REAL_DATA_DIR, signInCookies } from './real-server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

const dists = process.argv.slice(2).map((d) => resolve(d));
if (dists.length === 0) throw new Error('usage: bench/lighthouse-ab.ts <dist> [<dist>…]');
const ROUNDS = Number(process.env.LH_ROUNDS ?? 3);
const SLOWDOWN = 4;

async function pageUrl(host: ChildHost, cookie: string): Promise<string> {
  const answer = await fetch(`${host.url}/api/conversations?view=open&sort=newest&limit=1`, {
    headers: { Cookie: cookie },
  });
  const page = (await answer.json()) as { data: { id: number; inboxId: number }[] };
  const first = page.data[0];
  if (!first) throw new Error('bench: no open conversation');
  const path =
    process.env.LH_PAGE === 'inbox'
      ? PAGES.inbox.path({ inboxId: first.inboxId })
      : PAGES.conversation.path({ inboxId: first.inboxId, conversationId: first.id });
  return `${host.url}${path}?view=open&sort=newest`;
}

/** The CPU-derived blocking time, and the long tasks (CPU × 4 over 50 ms) that make it. */
function cpuBlocking(events: TraceEvent[]): { ms: number; tasks: string[] } {
  const entry = events.find(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'v8.compileModule') &&
      String(e.args?.data?.url ?? '').includes('/assets/index-'),
  );
  if (!entry) return { ms: NaN, tasks: ['no evaluation of the entry in the trace'] };
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.pid === entry.pid && e.tid === entry.tid,
  );
  const t0 = nav?.ts ?? entry.ts;
  const tasks = events.filter(
    (e) =>
      e.pid === entry.pid &&
      e.tid === entry.tid &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.ts + (e.dur ?? 0) >= entry.ts,
  );
  let ms = 0;
  const long: string[] = [];
  for (const task of tasks) {
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    const blocking = cpu * SLOWDOWN - 50;
    if (blocking <= 0) continue;
    ms += blocking;
    long.push(`+${((task.ts - t0) / 1000).toFixed(0)} cpu ${cpu.toFixed(1)}`);
  }
  return { ms: Math.round(ms), tasks: long };
}

async function audit(url: string, cookie: string, keep: string | undefined) {
  const { lhr, artifacts } = await auditPage(url, cookie, ['performance']);
  const trace = (artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace;
  if (keep !== undefined) {
    writeFileSync(`${keep}.trace.json`, JSON.stringify(trace));
    writeFileSync(`${keep}.lhr.json`, JSON.stringify(lhr));
  }
  return {
    score: lhr.categories.performance?.score ?? NaN,
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    cpu: cpuBlocking(trace.traceEvents),
  };
}

// One host at a time: the builds share the one PGlite, which one process opens at a time.
for (let round = 0; round < ROUNDS; round += 1) {
  for (const dist of dists) {
    const host = await startChildHost('real-host.ts', {
      BENCH_DATA_DIR: REAL_DATA_DIR,
      BENCH_DIST_DIR: dist,
    });
    try {
      const cookie = (await signInCookies(host.url)).map((c) => c.header).join('; ');
      const url = await pageUrl(host, cookie);
      // Lighthouse now and then records no navigation on a busy machine (NO_NAVSTART): again.
      // LH_KEEP=<prefix>: each audit's trace and report, as <prefix>-<build>-<round>.*.json.
      const keep = process.env.LH_KEEP && `${process.env.LH_KEEP}-${basename(dist)}-${round}`;
      const r = await audit(url, cookie, keep)
        .catch(() => audit(url, cookie, keep))
        .catch(() => audit(url, cookie, keep));
      console.log(
        `${dist} round ${round} load ${loadavg()[0]?.toFixed(1)}: score ${r.score} TBT ${r.tbt} LCP ${r.lcp} FCP ${r.fcp} cpu-blocking ${r.cpu.ms}  [${r.cpu.tasks.join(', ')}]`,
      );
    } catch (error) {
      console.log(`${dist} round ${round}: ${String(error)}`);
    } finally {
      await host.close();
    }
  }
}
