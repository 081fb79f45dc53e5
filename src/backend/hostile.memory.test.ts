// The hostile-input suite on the memory Store, through `app.fetch` directly.
import { createMemoryStore } from './memory-store';
import { defineHostileSuite } from './hostile/hostile-suite';

defineHostileSuite('hostile input on the memory Store', async () => {
  const store = createMemoryStore();
  return { store, close: () => store.close() };
});
