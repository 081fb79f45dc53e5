// The delivery log on the memory Store: what the mock API answers.
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import { defineWebhookLogSuite } from './suite';

defineWebhookLogSuite('webhook delivery log on the memory Store', async () => {
  const store = createMemoryStore();
  return { store, close: () => store.close() };
});
