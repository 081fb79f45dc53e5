// The hostile-input suite on the memory Store, through `app.fetch` directly.
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import { defineHostileSuite } from './hostile-suite';

defineHostileSuite('hostile input on the memory Store', async () => {
  const store = createMemoryStore();
  return { store, close: () => store.close() };
});
