// `npm run bench`: builds the app, measures the first-screen bundle, the UI ops (app against the
// vanilla baseline, in headless Chromium) and the server ops (autocannon over loopback), then
// writes bench/results/latest.json and prints every budget as met or missed.
// BENCH_ONLY=bundle,ui,uiReal,lighthouse,server picks parts (BENCH_SERVER_OPS=list,counts,bulk,search the server's
// ops); BENCH_RUNS, BENCH_WARMUP, BENCH_SECONDS tune them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, printTable } from './budgets';
import { buildAll, BUILD, initialBundle, ROOT } from './build';
import { runLighthouse, type LighthouseOp } from './lighthouse';
import { seedReal, startRealHost, signInCookies } from './real-server';
import { runServer } from './server';
import { serveStatic } from './static-server';
import type { ServerOp, UiOp } from './stats';
import { runUi } from './ui';
import { runUiReal } from './ui-real';

const only = new Set((process.env.BENCH_ONLY ?? 'bundle,ui,uiReal,lighthouse,server').split(','));
const log = (line: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

log('building the app (production and mock API) and the baseline');
await buildAll();
const { files, ...bundle } = initialBundle();
log(`first screen: ${files.join(', ')}`);

let ui: Record<string, UiOp> = {};
if (only.has('ui')) {
  const server = await serveStatic([
    { prefix: '/baseline/', dir: join(BUILD, 'baseline') },
    { prefix: '/', dir: join(BUILD, 'app') },
  ]);
  try {
    ui = await runUi(server.url, `${server.url}/baseline/`, (op) => log(`ui ${op}`));
  } finally {
    await server.close();
  }
}

let uiReal: Record<string, UiOp> = {};
let lighthouse: Record<string, LighthouseOp> = {};
if (only.has('uiReal') || only.has('lighthouse')) {
  log('the real server: seeding its PGlite (once) and starting it on the production build');
  await seedReal(log);
  const host = await startRealHost();
  try {
    // Lighthouse first, on the pages as seeded: the uiReal bulk closes add status lines to the
    // long thread, which is among the 25 they close.
    if (only.has('lighthouse')) {
      const pages = await runUiReal(host.url, log, false);
      const cookie = (await signInCookies(host.url)).map((c) => c.header).join('; ');
      lighthouse = await runLighthouse(
        { inbox: pages.inbox, conversation: pages.conversation },
        cookie,
        log,
      );
    }
    if (only.has('uiReal')) uiReal = (await runUiReal(host.url, log, true)).ops;
  } finally {
    await host.close();
  }
}

let server: Record<string, ServerOp> = {};
if (only.has('server')) server = await runServer(log);

const cpu = cpus();
const results = {
  date: new Date().toISOString(),
  machine: `${cpu[0]?.model.trim() ?? 'unknown CPU'} x${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform} ${process.arch}, Node ${process.version}`,
  bundle,
  ui,
  uiReal,
  lighthouse,
  server,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const checks = checkBudgets(results);
printTable(results, checks);
log('wrote bench/results/latest.json');
