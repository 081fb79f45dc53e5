// The UI ops: the production build with the mock API (VITE_API_MODE=mock) and the vanilla
// baseline, in one headless Chromium, measured alternately (app run, baseline run, ...).
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/ensure-chromium.mjs';
import type { Expectation } from './instrument';
import { preparePage, type Scenario } from './page-setup';
import { summarize, type UiOp } from './stats';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 20_000;
const ROWS = 'ul[aria-label="Conversations"] > li.inbox-row';

async function openPage(browser: Browser, url: string, scenario: Scenario): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await preparePage(page, scenario);
  await page.goto(url);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Email').fill('alex@acme.test');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator(ROWS).first().waitFor({ timeout: TIMEOUT });
}

async function loaded(page: Page): Promise<number> {
  return withTimeout(
    page.evaluate(() => window.__bench.loaded()),
    'the first row to be painted',
  );
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: waited ${TIMEOUT} ms for ${what}`)), TIMEOUT);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Arms the probe, clicks, and gives the click-to-paint time. */
async function timedClick(
  page: Page,
  selector: string,
  expect: Expectation,
  arg?: number,
): Promise<number> {
  await page.bringToFront();
  await page.evaluate(([e, a]) => window.__bench.arm(e as Expectation, a as number), [expect, arg]);
  await page.locator(selector).first().click();
  const ms = await withTimeout(
    page.evaluate(() => window.__bench.measured()),
    `the result of clicking ${selector}`,
  );
  // Let the work the click queued (refetches, undo timers) settle before the next run.
  await page.waitForTimeout(150);
  return ms;
}

const viewLink = (label: string) =>
  `nav[aria-label="Views"] a:has(.views-nav__label:text-is("${label}"))`;
const rowCheckbox = (index: number) =>
  `${ROWS}[style*="translateY(${index * 64}px)"] input[type="checkbox"]`;

/** Runs `once(i)` WARMUP times unrecorded then RUNS times, for the app and the baseline in turn. */
async function alternate(
  app: (i: number) => Promise<number>,
  baseline: ((i: number) => Promise<number>) | null,
): Promise<{ app: number[]; baseline: number[] }> {
  const out = { app: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const a = await app(i);
    const b = baseline ? await baseline(i) : NaN;
    if (i >= WARMUP) {
      out.app.push(a);
      if (baseline) out.baseline.push(b);
    }
  }
  return out;
}

async function sortClick(page: Page, i: number) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Sort' }).click();
  const label = i % 2 === 0 ? 'Oldest first' : 'Newest first';
  return timedClick(page, `[role="menu"] [role^="menuitem"]:has-text("${label}")`, 'rowsChanged');
}

async function bulkClose(page: Page) {
  await page.bringToFront();
  await page.getByRole('checkbox', { name: 'Select all' }).click();
  await page.getByText('25 selected').waitFor({ timeout: TIMEOUT });
  return timedClick(page, 'button:text-is("Close selected")', 'rowsChanged');
}

export async function runUi(appUrl: string, baselineUrl: string, log: (s: string) => void) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ui: Record<string, UiOp> = {};
  try {
    const big = { datasetSize: 10_000 };
    const app = await openPage(browser, `${appUrl}/`, big);
    await signIn(app);
    const base = await openPage(browser, baselineUrl, big);
    await base.locator(ROWS).first().waitFor({ timeout: TIMEOUT });

    log('load_inbox_10k');
    const loads = await alternate(
      async () => {
        await app.bringToFront();
        await app.reload();
        return loaded(app);
      },
      async () => {
        await base.bringToFront();
        await base.reload();
        return loaded(base);
      },
    );
    ui.load_inbox_10k = summarize(loads.app, loads.baseline);

    log('switch_view_10k');
    const views = (page: Page) => (i: number) =>
      timedClick(page, viewLink(i % 2 === 0 ? 'Pending' : 'Open'), 'rowsChanged');
    const switches = await alternate(views(app), views(base));
    ui.switch_view_10k = summarize(switches.app, switches.baseline);
    // Back on Open, newest first, whatever the number of runs.
    for (const page of [app, base]) {
      if ((WARMUP + RUNS) % 2 === 1) await page.locator(viewLink('Open')).click();
      await page.locator(ROWS).first().waitFor();
    }

    log('toggle_sort_10k');
    const sorts = await alternate(
      (i) => sortClick(app, i),
      (i) => sortClick(base, i),
    );
    ui.toggle_sort_10k = summarize(sorts.app, sorts.baseline);
    if ((WARMUP + RUNS) % 2 === 1) {
      await sortClick(app, 1);
      await sortClick(base, 1);
    }

    log('select_row');
    const selects = await alternate(
      () => timedClick(app, rowCheckbox(2), 'rowToggled', 2),
      () => timedClick(base, rowCheckbox(2), 'rowToggled', 2),
    );
    ui.select_row = summarize(selects.app, selects.baseline);
    for (const page of [app, base]) {
      if (await page.locator(rowCheckbox(2)).isChecked())
        await page.locator(rowCheckbox(2)).click();
    }

    log('bulk_close_25');
    const closes = await alternate(
      () => bulkClose(app),
      () => bulkClose(base),
    );
    ui.bulk_close_25 = summarize(closes.app, closes.baseline);
    await app.context().close();
    await base.context().close();

    log('open_conversation_2000');
    const thread = await openPage(browser, `${appUrl}/`, { datasetSize: 0, threadSize: 2000 });
    await signIn(thread);
    const inboxUrl = thread.url();
    const opens = await alternate(async () => {
      await thread.goto(inboxUrl);
      await thread.locator(ROWS).first().waitFor({ timeout: TIMEOUT });
      return timedClick(thread, `${ROWS}[style*="translateY(0px)"] a`, 'threadShown');
    }, null);
    ui.open_conversation_2000 = summarize(opens.app, null);
    await thread.context().close();

    log('scroll_100k');
    const huge = await openPage(browser, `${appUrl}/`, { datasetSize: 100_000 });
    await signIn(huge);
    await huge.evaluate(() => window.__bench.watchScroll());
    const box = await huge.locator('.inbox-scroller').boundingBox();
    if (box) await huge.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 200; step += 1) {
      await huge.mouse.wheel(0, 320);
      await huge.waitForTimeout(16);
    }
    await huge.waitForTimeout(500);
    const scroll = await huge.evaluate(() => window.__bench.scroll);
    const rowsNow = await huge.evaluate(
      (sel) => document.querySelector(sel)?.getAttribute('aria-posinset'),
      `${ROWS}:last-child`,
    );
    ui.scroll_100k = {
      longTasksOver50ms: scroll.longTasks.filter((d) => d > 50).length,
      longestTaskMs: Math.round(Math.max(0, ...scroll.longTasks)),
      maxRowsMounted: scroll.maxRows,
      ...(rowsNow ? { reachedRow: Number(rowsNow) } : {}),
    };
    await huge.context().close();
  } finally {
    await browser.close();
  }
  return ui;
}
