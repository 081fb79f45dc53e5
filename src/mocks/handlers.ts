// MSW glue: every `/api/*` request goes to the mock backend's Hono app, after the dev scenario
// (latency, failures, offline) and any fault armed for that request have had their say.
import { delay, http, HttpResponse } from 'msw';
import { codeForStatus } from '../api';
import { takeFault } from './faults';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './mock-backend';
import { getScenario } from './scenario';

let backend: MockBackend | null = null;
let defaults: MockBackendOptions = {};

/** The current mock backend, made on first use. */
export function getMockBackend(): MockBackend {
  backend ??= createMockBackend({
    ...defaults,
    extraConversations: defaults.extraConversations ?? getScenario().datasetSize,
    threadSize: defaults.threadSize ?? getScenario().threadSize,
  });
  return backend;
}

/** A fresh database (tests between cases, the dataset-size switch); options stick for later resets. */
export function resetMockBackend(options: MockBackendOptions = defaults): MockBackend {
  backend?.dispose();
  defaults = options;
  backend = null;
  return getMockBackend();
}

const isApi = ({ request }: { request: Request }) =>
  new URL(request.url).pathname.startsWith('/api/');

export interface HandlerOptions {
  /**
   * Awaited before the backend handles a request (after the scenario's latency and faults). In
   * the browser the backend runs on the page's main thread, where a server's work never runs.
   */
  beforeHandle?: () => Promise<void>;
}

export const createHandlers = ({ beforeHandle }: HandlerOptions = {}) => [
  http.all(isApi, async ({ request }) => {
    const scenario = getScenario();
    if (scenario.offline) return HttpResponse.error();
    if (scenario.latencyMs > 0) await delay(scenario.latencyMs);
    const fault = takeFault(request);
    if (fault === 0) return HttpResponse.error();
    if (fault !== null) {
      return HttpResponse.json(
        { error: { code: codeForStatus(fault), message: 'Simulated failure (mock fault)' } },
        { status: fault },
      );
    }
    const isChange = request.method !== 'GET' && request.method !== 'HEAD';
    if (isChange && scenario.errorRate > 0 && Math.random() < scenario.errorRate) {
      return HttpResponse.json(
        { error: { code: 'internal', message: 'Simulated failure (dev scenario)' } },
        { status: 503 },
      );
    }
    if (beforeHandle) await beforeHandle();
    return getMockBackend().fetch(request);
  }),
];

export const handlers = createHandlers();
