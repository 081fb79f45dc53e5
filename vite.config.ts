import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { bootScript } from './server/boot-script.ts';
import { pagePreloads } from './server/page-preloads.ts';
import { precompress } from './server/precompress.ts';

/** The light theme's page colour (--bg-subtle, the bar at the top): the installed app's title bar. */
const THEME_COLOR = '#f7f7f8';

/**
 * Installable (SPEC 7.6): the web app manifest, and a service worker (Workbox) that keeps the built
 * app shell for offline starts. Production builds only: the dev server and builds with the mock API
 * (VITE_API_MODE=mock) have MSW's worker (public/mockServiceWorker.js) instead, and main.tsx
 * registers /sw.js only where this made it. /api is never cached: the worker only answers
 * navigations with the shell and the shell's own files.
 */
const pwa = VitePWA({
  // Nor Storybook (its CLI sets STORYBOOK) or Vitest, which serve the mock's worker.
  disable:
    process.env.VITE_API_MODE === 'mock' ||
    process.env.STORYBOOK === 'true' ||
    process.env.VITEST !== undefined,
  // main.tsx registers it (an inline script would break the Content-Security-Policy).
  injectRegister: null,
  registerType: 'autoUpdate',
  filename: 'sw.js',
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Parley',
    short_name: 'Parley',
    description: 'Parley, the agent inbox.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // pages/: the host's copies of index.html for addresses that preload more (page-preloads.ts).
    globIgnores: ['mockServiceWorker.js', '**/*.map', 'pages/**'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api(?:\/|$)/, /^\/healthz$/, /^\/readyz$/],
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [react(), pwa, precompress(), bootScript(), pagePreloads()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // src/api only defines (schemas, the client): nothing runs on import. Saying so lets a
      // module that imports ApiError from the barrel leave out the schemas, and zod, it does not use.
      treeshake: {
        moduleSideEffects: (id) => (/\/src\/api\/[^/]+\.ts$/.test(id) ? false : undefined),
      },
      output: {
        // Every module the entry imports statically stays in the entry's one chunk. Without this,
        // a module that the entry and a lazily loaded part (the conversation, the palette's
        // dialog) both import goes into a shared chunk of its own, which the first screen then
        // downloads as one more file, compressed on its own: loading a part on demand made the
        // first screen larger instead of smaller.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    // Generous: the suite must pass on a busy two-core CI machine. What is fast is measured by
    // `npm run bench`, not by test timeouts.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two projects so that component tests get a DOM without a per-file comment. A `.test.ts`
    // that needs a DOM can still opt in with `// @vitest-environment happy-dom`.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./scripts/vitest-dom-setup.ts'],
        },
      },
      // The stories run with `npm run test:stories` (.storybook/vitest.config.ts, kept apart because
      // @storybook/addon-vitest takes seconds to load); Storybook's own test widget runs them here.
      ...(process.env.VITEST_STORYBOOK === 'true' ? ['.storybook/vitest.config.ts'] : []),
    ],
  },
});
