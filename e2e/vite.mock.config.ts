// The `mock` project's dev server: `npm run dev`'s own config, minus the file watcher and HMR, so
// an edit to the sources during a run cannot reload the page under a spec.
import { mergeConfig } from 'vite';
import base from '../vite.config';

export default mergeConfig(base, { server: { hmr: false, watch: null } });
