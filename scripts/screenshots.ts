// `npm run screenshots`: the main screens of the real app, light and dark, 1280x800, into
// docs/screenshots/. Starts `npm start` on a throwaway database (the demo data), signs in as Alex
// and photographs the inbox, a conversation, reports and settings. Uses the system Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from './ensure-chromium.mjs';

const port = Number(process.env.SCREENSHOTS_PORT ?? 3190);
const base = `http://localhost:${port}`;
const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
const dataDir = mkdtempSync(join(tmpdir(), 'parley-screenshots-'));

async function waitForServer(timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/index.html`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${base} in time`);
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts, lazy chunks and relative times settle; no caret or hover in the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`), caret: 'hide', animations: 'disabled' });
  console.log(`  docs/screenshots/${name}.png`);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  // `npm start` itself (scripts/start.mjs), without npm in between, so SIGTERM reaches the server.
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  try {
    await waitForServer();
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width: 1280, height: 800 },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await signIn(page, 'alex@acme.test');
      const list = page.getByRole('list', { name: 'Conversations' });
      await list.getByRole('listitem').first().waitFor();
      await shoot(page, `inbox-${scheme}`);

      await list.getByRole('link').nth(1).click();
      await page.getByRole('log', { name: 'Messages' }).waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await shoot(page, `conversation-${scheme}`);

      await page.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('heading', { level: 1, name: /Reports/ }).waitFor();
      await page.waitForTimeout(800);
      await shoot(page, `reports-${scheme}`);

      // Settings as the admin, who sees the whole form (an agent sees only a notice).
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, 'admin@acme.test');
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1, name: /Settings/ }).waitFor();
      await page.waitForTimeout(800);
      await shoot(page, `settings-${scheme}`);
      await context.close();
    }
  } finally {
    await browser.close();
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
