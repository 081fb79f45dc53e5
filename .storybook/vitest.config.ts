// The stories as tests (`npm run test:stories`): Storybook's Vitest plugin turns every story into a
// test that renders it in Chromium, runs its play function and then the a11y checks. A config of
// its own, not a project in vite.config.ts, because the plugin takes seconds to load and
// `npm run test:unit` should not pay for it; vite.config.ts lists this file only when Storybook's
// test widget runs the tests (it sets VITEST_STORYBOOK).
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../scripts/ensure-chromium.mjs';
import app from '../vite.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const configDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // The app's own plugins (React), as Storybook's builder uses them.
  plugins: [...(app.plugins ?? []), storybookTest({ configDir })],
  // Every browser dependency the stories reach, bundled before the first test: one Vite finds
  // halfway through reloads the page under a running story, which then fails (seen on a fresh
  // clone, where nothing is cached yet).
  optimizeDeps: {
    include: [
      '@tanstack/query-sync-storage-persister',
      '@tanstack/react-query',
      '@tanstack/react-query-persist-client',
      '@tanstack/react-virtual',
      'hono',
      'hono/cookie',
      'hono/http-exception',
      'msw',
      'msw/browser',
      'msw-storybook-addon/csf3',
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'storybook/test',
      'wouter',
      'wouter/memory-location',
      'zod',
      'zustand',
      'zustand/middleware',
    ],
  },
  test: {
    name: 'storybook',
    root,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
