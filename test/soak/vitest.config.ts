// `npm run test:soak`: the load and crash soaks, `test/soak/*.soak.ts`, kept out of `npm test`
// (they run for minutes). One file at a time, so their figures do not disturb each other.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/soak/*.soak.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
