// The mock API in the browser (`npm run dev`, Storybook): a service worker hands `/api/*` to the
// backend running in this page.
import { setupWorker } from 'msw/browser';
import { nextPaint } from '../ui';
import { createHandlers, resetMockBackend } from './handlers';
import { getScenario, onScenarioChange } from './scenario';

/**
 * Each request waits for the page's next paint (`nextPaint`). The backend runs on the page's main thread: handled as soon as the worker hands it over, a request
 * sent from a click (a bulk close, a sort's refetch) ran its 5-15 ms of backend work before the
 * frame that shows the click's own result, where a server's work runs elsewhere. After the paint,
 * it costs the page what a server's answer does: the answer's own handling.
 */
export const worker = setupWorker(...createHandlers({ beforeHandle: nextPaint }));

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
