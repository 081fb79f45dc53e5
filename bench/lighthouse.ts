// Lighthouse (mobile, simulated throttling: its default) on the real server (bench/real-server.ts),
// signed in with the session's cookie: the inbox and a conversation (the 2,000-message thread).
// Each page is audited BENCH_LIGHTHOUSE_RUNS times (3 unless set) in a fresh headless Chromium;
// the figures are the medians, and the last full report of each page is kept in
// node_modules/.cache/parley-bench/lighthouse/. Performance, accessibility and best practices are 0-1 scores.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { chromiumLaunchOptions } from '../scripts/ensure-chromium.mjs';
import { BUILD } from './build';
import { median } from './stats';

/** Each page's last full report, to read its traces and diagnostics. */
const REPORTS = join(BUILD, '..', 'lighthouse');

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface LighthouseOp {
  n: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint, Total Blocking Time, First Contentful Paint (simulated, ms). */
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
}

interface Audit {
  score: number | null;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/**
 * One Lighthouse audit of `url` (its defaults: mobile, simulated throttling) in a fresh headless
 * Chromium, signed in with `cookie`; refuses a run Lighthouse itself reports as failed.
 */
export async function auditPage(
  url: string,
  cookie: string,
  onlyCategories: string[],
): Promise<RunnerResult> {
  const { executablePath, args } = chromiumLaunchOptions();
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', ...args],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories,
      extraHeaders: { Cookie: cookie },
    });
    if (!result) throw new Error(`bench: Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`bench: Lighthouse: ${result.lhr.runtimeError.message}`);
    }
    return result;
  } finally {
    chrome.kill();
  }
}

async function auditOnce(name: string, url: string, cookie: string): Promise<Audit> {
  const { lhr } = await auditPage(url, cookie, ['performance', 'accessibility', 'best-practices']);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, `${name}.json`), JSON.stringify(lhr));
  const audits: Audit['audits'] = {};
  for (const [id, audit] of Object.entries(lhr.audits)) {
    audits[id] = audit.numericValue === undefined ? {} : { numericValue: audit.numericValue };
  }
  const categories: Audit['categories'] = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    categories[id] = { score: category.score };
  }
  return { score: categories.performance?.score ?? null, categories, audits };
}

/** Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): again. */
async function withRetries<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await run();
    } catch (error) {
      if (i >= tries) throw error;
    }
  }
}

const round = (n: number, to = 100) => Math.round(n * to) / to;

export async function runLighthouse(
  pages: Record<string, string>,
  cookie: string,
  log: (s: string) => void,
): Promise<Record<string, LighthouseOp>> {
  const out: Record<string, LighthouseOp> = {};
  for (const [name, url] of Object.entries(pages)) {
    log(`lighthouse ${name}`);
    const runs: Audit[] = [];
    for (let i = 0; i < RUNS; i += 1)
      runs.push(await withRetries(() => auditOnce(name, url, cookie)));
    const med = (pick: (a: Audit) => number | null | undefined) =>
      median(runs.map((a) => pick(a) ?? NaN));
    out[name] = {
      n: runs.length,
      performance: round(med((a) => a.categories.performance?.score)),
      accessibility: round(med((a) => a.categories.accessibility?.score)),
      bestPractices: round(med((a) => a.categories['best-practices']?.score)),
      lcpMs: Math.round(med((a) => a.audits['largest-contentful-paint']?.numericValue)),
      tbtMs: Math.round(med((a) => a.audits['total-blocking-time']?.numericValue)),
      fcpMs: Math.round(med((a) => a.audits['first-contentful-paint']?.numericValue)),
      performanceRuns: runs.map((a) => a.categories.performance?.score ?? NaN),
    };
  }
  return out;
}
