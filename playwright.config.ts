import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/ensure-chromium.mjs';

// The whole suite runs twice, as two projects:
//  - `mock`: `npm run dev` (Vite) with the MSW worker: the mock API in the page, fresh on every load;
//  - `real`: `npm start` on a fresh, throwaway PGlite database, which keeps every spec's writes.
// The specs share the real server's data, so they run one at a time, in file order, and assert
// counts relative to what they read first. `E2E_PROJECT=mock|real` (or `--project`) runs one.
// E2E_BASE_URL runs the specs against a server that is already up, under the project `external`.
const external = process.env.E2E_BASE_URL;
const realPort = Number(process.env.E2E_PORT ?? 3100);
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 5174);
const isCI = Boolean(process.env.CI);
// Workers load this file too; only the main process starts (and cleans up after) the servers.
const isWorker = process.env.TEST_WORKER_INDEX !== undefined;

function throwawayDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions(),
};

const only = process.env.E2E_PROJECT;
const wants = (name: string) => !only || only === name;

const servers: NonNullable<PlaywrightTestConfig['webServer']> = [];
if (!external && !isWorker) {
  if (wants('real')) {
    servers.push({
      name: 'real',
      command: 'npm start',
      // index.html is a plain file: ready once the server answers it, whatever it does at `/`.
      url: `http://localhost:${realPort}/index.html`,
      env: { PORT: String(realPort), DATA_DIR: throwawayDataDir() },
      // Let the server close its database before the data directory is removed.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    });
  }
  if (wants('mock')) {
    servers.push({
      name: 'mock',
      // `npm run dev`, without HMR: see e2e/vite.mock.config.ts.
      command: `npx vite --config e2e/vite.mock.config.ts --port ${mockPort} --strictPort`,
      url: `http://localhost:${mockPort}/index.html`,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    });
  }
}

export default defineConfig({
  testDir: 'e2e',
  // One browser at a time: the real server's data is shared, and 2 cores are the budget.
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter: 'list',
  // Conditions are awaited, not times: the limits only matter when something is wrong, or when a
  // busy CI machine makes the dev server transform a lazy screen's modules on first use.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: { trace: 'retain-on-failure' },
  projects: external
    ? [{ name: 'external', use: { ...chromium, baseURL: external } }]
    : [
        ...(wants('mock')
          ? [{ name: 'mock', use: { ...chromium, baseURL: `http://localhost:${mockPort}` } }]
          : []),
        ...(wants('real')
          ? [{ name: 'real', use: { ...chromium, baseURL: `http://localhost:${realPort}` } }]
          : []),
      ],
  webServer: servers.length > 0 ? servers : undefined,
});
