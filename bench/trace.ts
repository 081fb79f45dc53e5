// Traces the bench's clicks in Chromium and prints what ran on the page's main thread between the
// input and the paint the probe timed: `node --import tsx bench/trace.ts bulk|open|sort|load [runs]`
// (`load`: the inbox's reload, from navigation to the first painted row, with the page's
// performance marks), over the builds of the last `npm run bench`
// (node_modules/.cache/parley-bench/build). The traces are kept in
// node_modules/.cache/parley-bench/traces/ for chrome://tracing or Perfetto.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/ensure-chromium.mjs';
import { BUILD } from './build';
import type { Expectation } from './instrument';
import { preparePage } from './page-setup';
import { signInCookies, startRealHost } from './real-server';
import { serveStatic } from './static-server';

const op = process.argv[2] ?? 'bulk';
const runs = Number(process.argv[3] ?? 5);
// TRACE_TARGET=baseline traces the vanilla baseline; TRACE_TARGET=real, the production build on
// the real server of the uiReal part (its PGlite must have been seeded by a uiReal run).
const target = process.env.TRACE_TARGET ?? 'app';
const OUT = join(BUILD, '../traces');
const APP = process.env.TRACE_BUILD ?? join(BUILD, 'app');
const ROWS = 'ul[aria-label="Conversations"] > li.inbox-row';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  ...(process.env.TRACE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** The thread's CPU time, where the trace has it. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/**
 * Where the timed window starts: the click's input event, or for a load, the main frame's
 * navigation (the page's time origin, from which the probe times the first painted row).
 */
function startOf(events: TraceEvent[]): TraceEvent | undefined {
  if (op !== 'load')
    return events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
  return events.findLast(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame === true,
  );
}

/** The main thread's tasks from the first input event on, for `windowMs`, with what ran in them. */
function summarize(events: TraceEvent[], windowMs: number): string[] {
  const input = startOf(events);
  if (!input) return ['no pointerdown (or navigation) in the trace'];
  const main = (e: TraceEvent) => e.pid === input.pid && e.tid === input.tid;
  const t0 = input.ts;
  const end = t0 + windowMs * 1000;
  const mine = events.filter(
    (e) => main(e) && e.ph === 'X' && e.ts + (e.dur ?? 0) >= t0 && e.ts <= end,
  );
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const lines: string[] = [];
  const inside = (task: TraceEvent, e: TraceEvent) =>
    e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0);
  const label = (e: TraceEvent) => {
    const d = e.args?.data ?? {};
    if (e.name === 'EventDispatch') return `event:${String(d.type)}`;
    if (e.name === 'FunctionCall')
      return `fn:${String(d.functionName || '?')}@${String(d.url ?? '')
        .split('/')
        .pop()}:${String(d.lineNumber ?? '')}`;
    if (e.name === 'TimerFire') return 'timer';
    if (e.name === 'FireAnimationFrame') return 'rAF';
    return e.name;
  };
  const interesting = new Set([
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'Layout',
    'UpdateLayoutTree',
    'Paint',
    'PrePaint',
    'Commit',
    'Layerize',
    'ParseHTML',
    'ResourceReceiveResponse',
    'RunMicrotasks',
    'v8.callFunction',
    'HitTest',
    'ScheduleStyleRecalculation',
    'XHRReadyStateChange',
    'ResourceFinish',
    'HandlePostMessage',
  ]);
  const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  const wall = tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
  lines.push(`  main thread: ${wall.toFixed(1)} ms in tasks, ${cpu.toFixed(1)} ms of CPU`);
  // The page's own performance.mark()s in the window, as times from its start.
  const marks = events.filter(
    (e) =>
      e.pid === input.pid &&
      e.cat === 'blink.user_timing' &&
      e.ts >= t0 &&
      e.ts <= end &&
      !['navigationStart', 'fetchStart'].includes(e.name) &&
      !e.name.includes('Start') &&
      !e.name.includes('End'),
  );
  if (marks.length > 0)
    lines.push(
      `  marks: ${marks.map((m) => `${m.name} +${((m.ts - t0) / 1000).toFixed(1)}`).join(', ')}`,
    );
  if (process.env.TRACE_BRIEF) return lines;
  for (const task of tasks) {
    const dur = (task.dur ?? 0) / 1000;
    if (dur < 0.3) continue;
    const parts = mine
      .filter((e) => inside(task, e) && interesting.has(e.name) && (e.dur ?? 0) >= 200)
      .map((e) => `${label(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    const at = ((task.ts - t0) / 1000).toFixed(1);
    lines.push(
      `  +${at} ms  task ${dur.toFixed(1)} ms: ${[...new Set(parts)].slice(0, 10).join(', ')}`,
    );
  }
  return lines;
}

interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and total time per function over a CPU profile, the largest first. */
function selfTimes(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f
      ? `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? 0) + 1}`
      : '?';
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const id = samples[i] ?? 0;
    const leaf = name(id);
    if (leaf.startsWith('(idle)') || leaf.startsWith('(program)')) continue;
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TRACE_TOP ?? 25))
      .map(([k, v]) => `    ${v.toFixed(1)} ${k}`);
  return ['  self:', ...top(self), '  total:', ...top(total)];
}

/** The CPU profile's samples from the input to the timed paint, as self and total times. */
function sampled(events: TraceEvent[], windowMs: number): string[] {
  const input = startOf(events);
  if (!input) return [];
  const from = input.ts;
  const to = input.ts + windowMs * 1000;
  const nodes: Profile['nodes'] = [];
  const samples: number[] = [];
  const times: number[] = [];
  let t = 0;
  const profiles = new Set(
    events
      .filter((e) => e.name === 'Profile' && e.tid === input.tid)
      .map((e) => (e as { id?: string }).id),
  );
  for (const e of events) {
    if (e.pid !== input.pid) continue;
    if (e.name === 'ProfileChunk' && !profiles.has((e as { id?: string }).id)) continue;
    const data = e.args?.data as
      | {
          startTime?: number;
          cpuProfile?: { nodes?: Profile['nodes']; samples?: number[] };
          timeDeltas?: number[];
        }
      | undefined;
    if (e.name === 'Profile' && e.tid === input.tid && data?.startTime !== undefined)
      t = data.startTime;
    if (e.name !== 'ProfileChunk' || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.push(n);
    const s = data.cpuProfile?.samples ?? [];
    const d = data.timeDeltas ?? [];
    for (let i = 0; i < s.length; i += 1) {
      t += d[i] ?? 0;
      samples.push(s[i] ?? 0);
      times.push(t);
    }
  }
  // Parents are given on the nodes of trace chunks, not children.
  const withParent = nodes as (Profile['nodes'][number] & { parent?: number })[];
  const children = new Map<number, number[]>();
  for (const n of withParent)
    if (n.parent !== undefined) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const profile: Profile = {
    nodes: withParent.map((n) => ({ ...n, children: n.children ?? children.get(n.id) ?? [] })),
    samples: [],
    timeDeltas: [],
  };
  let last = from;
  for (let i = 0; i < samples.length; i += 1) {
    const at = times[i] ?? 0;
    if (at < from || at > to) continue;
    profile.samples?.push(samples[i] ?? 0);
    profile.timeDeltas?.push(at - last);
    last = at;
  }
  profile.timeDeltas?.push(0);
  return selfTimes(profile);
}

async function timed(page: Page, selector: string, expect: Expectation): Promise<number> {
  await page.evaluate((e) => window.__bench.arm(e as Expectation), expect);
  await page.locator(selector).first().click();
  return page.evaluate(() => window.__bench.measured());
}

const server =
  target === 'real'
    ? await startRealHost()
    : await serveStatic([
        { prefix: '/baseline/', dir: join(BUILD, 'baseline') },
        { prefix: '/', dir: APP },
      ]);
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(OUT, { recursive: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (target === 'real') {
    const cookies = await signInCookies(server.url);
    await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url: server.url })));
  }
  const page = await context.newPage();
  const scenario = op === 'open' ? { datasetSize: 0, threadSize: 2000 } : { datasetSize: 10_000 };
  await preparePage(page, scenario);
  const base = target === 'baseline' ? `${server.url}/baseline/` : `${server.url}/`;
  await page.goto(base);
  if (target === 'app') {
    await page.getByLabel('Email').fill('alex@acme.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.locator(ROWS).first().waitFor();
  const inbox = page.url();
  const prepare = async () => {
    if (op === 'load') {
      // Settled, as the bench's loads are: the last load's requests and clock done.
      await page.waitForTimeout(500);
      return;
    }
    if (op === 'bulk') {
      await page.getByRole('checkbox', { name: 'Select all' }).click();
      await page.getByText('25 selected').waitFor();
    } else if (op === 'open') {
      await page.goto(inbox);
      await page.locator(ROWS).first().waitFor();
    }
    await page.waitForTimeout(300);
  };
  const once = async (): Promise<number> => {
    if (op === 'load') {
      await page.reload();
      return page.evaluate(() => window.__bench.loaded());
    }
    if (op === 'bulk') return timed(page, 'button:text-is("Close selected")', 'rowsChanged');
    if (op === 'sort') {
      await page.getByRole('button', { name: 'Sort' }).click();
      const label = (await page.getByRole('button', { name: 'Sort' }).textContent())?.includes(
        'Newest',
      )
        ? 'Oldest first'
        : 'Newest first';
      return timed(page, `[role="menu"] [role^="menuitem"]:has-text("${label}")`, 'rowsChanged');
    }
    return timed(page, `${ROWS}[style*="translateY(0px)"] a`, 'threadShown');
  };
  for (let i = 0; i < 3; i += 1) {
    await prepare();
    await once();
    await page.waitForTimeout(300);
  }
  for (let i = 0; i < runs; i += 1) {
    await prepare();
    if (process.env.TRACE_PROFILE) {
      // A sampled profile (every 0.1 ms) of the main thread, cut to the input-to-paint window
      // that a trace taken at the same time gives (both on the same monotonic clock).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      await cdp.send('Profiler.start');
      const ms = await once();
      const { profile } = await cdp.send('Profiler.stop');
      const events = (
        JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
      ).traceEvents;
      await cdp.detach();
      const input = startOf(events);
      const from = input?.ts ?? 0;
      const to = from + ms * 1000;
      const samples: number[] = [];
      const deltas: number[] = [];
      let t = profile.startTime;
      let last = from;
      profile.samples?.forEach((id, k) => {
        t += profile.timeDeltas?.[k] ?? 0;
        if (t < from || t > to) return;
        samples.push(id);
        deltas.push(t - last);
        last = t;
      });
      deltas.push(0);
      console.log(
        `${op} ${target} run ${i}: ${ms.toFixed(1)} ms, profile from the input to the paint:`,
      );
      for (const line of selfTimes({ nodes: profile.nodes, samples, timeDeltas: deltas }))
        console.log(line);
      continue;
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    const ms = await once();
    await page.waitForTimeout(200);
    const buffer = await browser.stopTracing();
    const file = join(OUT, `${op}-${target}-${i}.json`);
    writeFileSync(file, buffer);
    const parsed = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
    console.log(`${op} ${target} run ${i}: ${ms.toFixed(1)} ms (${file})`);
    for (const line of summarize(parsed.traceEvents, ms)) console.log(line);
    if (process.env.TRACE_SAMPLES)
      for (const line of sampled(parsed.traceEvents, ms)) console.log(line);
  }
} finally {
  await browser.close();
  await server.close();
}
