import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bootScript } from './server/boot-script.ts';
import { precompress } from './server/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress(), bootScript()],
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
