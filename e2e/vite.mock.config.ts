// The `mock` project's dev server: `npm run dev`'s own config, minus the file watcher and HMR, so
// an edit to the sources during a run cannot reload the page under a spec. Every screen's modules
// are transformed as the server starts, not when a spec first opens the screen.
import { mergeConfig } from 'vite';
import base from '../vite.config';

export default mergeConfig(base, {
  server: {
    hmr: false,
    watch: null,
    warmup: { clientFiles: ['./src/app/main.tsx', './src/features/*/index.ts'] },
  },
});
