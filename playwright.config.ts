import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/ensure-chromium.mjs';

// E2E_BASE_URL runs the specs against a server that is already up (e.g. `npm run dev`);
// otherwise Playwright starts `npm start` on its own port with a fresh, throwaway database.
const external = process.env.E2E_BASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = external ?? `http://localhost:${port}`;
const isCI = Boolean(process.env.CI);
// Workers load this file too; only the main process starts (and cleans up after) the server.
const isWorker = process.env.TEST_WORKER_INDEX !== undefined;

function throwawayDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // The system Chromium (scripts/ensure-chromium.mjs); never a Playwright download.
          executablePath: findChromium() ?? '/usr/bin/chromium',
          // The network is closed here: no sandbox for root, and no background calls home.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer:
    external || isWorker
      ? undefined
      : {
          command: 'npm start',
          // index.html is a plain file: ready once the server answers it, whatever it does at `/`.
          url: `${baseURL}/index.html`,
          env: {
            PORT: String(port),
            DATA_DIR: throwawayDataDir(),
          },
          // Let the server close its database before the data directory is removed.
          gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
          reuseExistingServer: !isCI,
          timeout: 180_000,
          stdout: 'pipe',
          stderr: 'pipe',
        },
});
