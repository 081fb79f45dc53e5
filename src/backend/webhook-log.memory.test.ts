// The delivery log on the memory Store: what the mock API answers.
import { createMemoryStore } from './memory-store';
import { defineWebhookLogSuite } from './webhook-log-suite';

defineWebhookLogSuite('webhook delivery log on the memory Store', async () => {
  const store = createMemoryStore();
  return { store, close: () => store.close() };
});
