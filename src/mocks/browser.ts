// The mock API in the browser (`npm run dev`, Storybook): a service worker hands `/api/*` to the
// backend running in this page.
import { setupWorker } from 'msw/browser';
import { handlers, resetMockBackend } from './handlers';
import { getScenario, onScenarioChange } from './scenario';

export const worker = setupWorker(...handlers);

let lastSize: number | null = null;

export async function startMockApi(): Promise<void> {
  const persist = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  resetMockBackend({ persist, clockIntervalMs: 5000 });
  lastSize = getScenario().datasetSize;
  onScenarioChange((s) => {
    // A new dataset size needs a new database; the other scenario knobs apply per request.
    if (lastSize !== null && s.datasetSize !== lastSize) {
      resetMockBackend({ persist, clockIntervalMs: 5000, extraConversations: s.datasetSize });
    }
    lastSize = s.datasetSize;
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
