// The uiReal ops: the production build on the real server (bench/real-server.ts: the Node host on
// PGlite with 10,000 extra conversations and a 2,000-message thread), signed in, in headless
// Chromium, timed by the same probe as the mock's ops (bench/instrument.ts). No baseline: the
// figures are absolute.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/ensure-chromium.mjs';
import { instrument } from './instrument';
import { signInCookies } from './real-server';
import { summarize, type UiOp } from './stats';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 20_000;
const ROWS = 'ul[aria-label="Conversations"] > li.inbox-row';

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: waited ${TIMEOUT} ms for ${what}`)), TIMEOUT);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function signedInContext(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const cookies = await signInCookies(url);
  await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url })));
  // tsx compiles with esbuild's keepNames, whose helper the page does not have.
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(instrument);
  return context;
}

/** Where `/` lands a signed-in agent: their first inbox on the default view. */
export async function inboxUrl(browser: Browser, url: string): Promise<string> {
  const context = await signedInContext(browser, url);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.locator(ROWS).first().waitFor({ timeout: TIMEOUT });
    return page.url();
  } finally {
    await context.close();
  }
}

async function rowsShown(page: Page) {
  await page.locator(ROWS).first().waitFor({ timeout: TIMEOUT });
}

async function repeat(once: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const ms = await once();
    if (i >= WARMUP) out.push(ms);
  }
  return out;
}

/**
 * Measures the ops (unless `measure` is false) and gives the addresses of the inbox and of the
 * long thread, for Lighthouse.
 */
export async function runUiReal(
  url: string,
  log: (s: string) => void,
  measure = true,
): Promise<{ ops: Record<string, UiOp>; inbox: string; conversation: string }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ops: Record<string, UiOp> = {};
  try {
    const inbox = await inboxUrl(browser, url);
    const context = await signedInContext(browser, url);
    const page = await context.newPage();
    await page.goto(inbox);
    await rowsShown(page);
    await page.locator(`${ROWS}[style*="translateY(0px)"] a`).click();
    await page.locator('[role="log"][aria-label="Messages"] .thread__row').first().waitFor();
    const conversation = page.url();
    if (!measure) return { ops, inbox, conversation };
    await page.goto(inbox);
    await rowsShown(page);

    log('uiReal load_inbox_10k');
    const loads = await repeat(async () => {
      await page.reload();
      return withTimeout(
        page.evaluate(() => window.__bench.loaded()),
        'the first row to be painted',
      );
    });
    ops.load_inbox_10k = summarize(loads, null);

    log('uiReal open_conversation_2000');
    const opens = await repeat(async () => {
      await page.goto(inbox);
      await rowsShown(page);
      await page.evaluate(() => window.__bench.arm('threadShown'));
      await page.locator(`${ROWS}[style*="translateY(0px)"] a`).click();
      const ms = await withTimeout(
        page.evaluate(() => window.__bench.measured()),
        'the thread',
      );
      await page.waitForTimeout(150);
      return ms;
    });
    ops.open_conversation_2000 = summarize(opens, null);

    log('uiReal bulk_close_25 (optimistic, and until the answer is applied)');
    await page.goto(inbox);
    await rowsShown(page);
    const optimistic: number[] = [];
    const confirmed: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i += 1) {
      await page.getByRole('checkbox', { name: 'Select all' }).click();
      await page.getByText('25 selected').waitFor({ timeout: TIMEOUT });
      await page.evaluate(() => {
        window.__bench.arm('rowsChanged');
        window.__bench.armAnswer('/api/conversations/bulk');
      });
      const sent = page.waitForRequest(
        (r) => r.method() === 'POST' && r.url().endsWith('/api/conversations/bulk'),
      );
      await page.locator('button:text-is("Close selected")').click();
      const ids = ((await sent).postDataJSON() as { ids: number[] }).ids;
      const shown = await withTimeout(
        page.evaluate(() => window.__bench.measured()),
        'the close',
      );
      const applied = await withTimeout(
        page.evaluate(() => window.__bench.answered()),
        "the server's answer",
      );
      if (i >= WARMUP) {
        optimistic.push(shown);
        confirmed.push(applied);
      }
      // Reopened through the API, so that every run closes the same 25 from the same view.
      await page.waitForTimeout(150);
      const reopened = await page.request.post(`${url}/api/conversations/bulk`, {
        data: { action: 'open', ids },
      });
      if (!reopened.ok()) throw new Error(`bench: reopening answered ${reopened.status()}`);
      await page.reload();
      await rowsShown(page);
    }
    ops.bulk_close_25 = summarize(optimistic, null);
    ops.bulk_close_25_confirmed = summarize(confirmed, null);
    await context.close();
    return { ops, inbox, conversation };
  } finally {
    await browser.close();
  }
}
