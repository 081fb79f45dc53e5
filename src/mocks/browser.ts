// The mock API in the browser (`npm run dev`, Storybook): a service worker hands `/api/*` to the
// backend running in this page.
import { setupWorker } from 'msw/browser';
import { handlers, resetMockBackend } from './handlers';
import { getScenario, onScenarioChange } from './scenario';

export const worker = setupWorker(...handlers);

let lastSize: number | null = null;
/** The same clock rules as the server, as often: a snooze ends within a second of its time. */
const CLOCK_INTERVAL_MS = 1000;

export async function startMockApi(): Promise<void> {
  const persist = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  resetMockBackend({ persist, clockIntervalMs: CLOCK_INTERVAL_MS });
  lastSize = getScenario().datasetSize;
  onScenarioChange((s) => {
    // A new dataset size needs a new database; the other scenario knobs apply per request.
    if (lastSize !== null && s.datasetSize !== lastSize) {
      resetMockBackend({
        persist,
        clockIntervalMs: CLOCK_INTERVAL_MS,
        extraConversations: s.datasetSize,
      });
    }
    lastSize = s.datasetSize;
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
