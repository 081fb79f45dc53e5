// The stories as tests (`npm run test:stories`): Storybook's Vitest plugin turns every story into a
// test that renders it in Chromium, runs its play function and then the a11y checks. A config of
// its own, not a project in vite.config.ts, because the plugin takes seconds to load and
// `npm run test:unit` should not pay for it; vite.config.ts lists this file only when Storybook's
// test widget runs the tests (it sets VITEST_STORYBOOK).
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium } from '../scripts/ensure-chromium.mjs';
import app from '../vite.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const configDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // The app's own plugins (React), as Storybook's builder uses them.
  plugins: [...(app.plugins ?? []), storybookTest({ configDir })],
  test: {
    name: 'storybook',
    root,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
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
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
