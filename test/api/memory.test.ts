// The API suite on the memory Store, through `app.fetch` directly.
import { defineApiSuite } from './suite';
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';

defineApiSuite('API on the memory Store', async () => {
  const store = createMemoryStore();
  return { store, close: () => store.close() };
});
