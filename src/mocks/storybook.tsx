// Storybook glue for the mock API. `.storybook/preview.tsx` starts the MSW worker with
// `startStoryWorker`; stories of screens that talk to the API add `mockApp` to their meta:
//
//   const meta = {
//     component: InboxListPane,
//     ...mockApp,
//     parameters: { route: '/inbox/1?view=open' },
//   } satisfies Meta<typeof InboxListPane>;
//
// Each such story gets fresh demo data, a session as `signedInAs` (alex@acme.test unless told;
// null for none), a fresh QueryClient, an in-memory wouter location at `route`, and the toasts.
// `mockSetup` arranges data before the story renders, `mockFaults` fails chosen requests.
// Play functions reach the same objects through `mockAppOf(context)`.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Parameters } from '@storybook/react-vite';
import type { ComponentType, ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createApiClient, type ApiClient } from '../api';
import { ToastRegion, toast } from '../ui';
import { worker } from './browser';
import { clearFaults, failNext, setFaults, type MockFault } from './faults';
import { resetMockBackend } from './handlers';
import type { MockBackend } from './mock-backend';
import { DEFAULT_SCENARIO, setScenario, type MockScenario } from './scenario';

/** The agent a story is signed in as unless it says otherwise. */
export const STORY_AGENT = 'alex@acme.test';

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** Path and query of the story's in-memory address, e.g. `/inbox/1?view=open`. Default `/`. */
    route?: string;
    /** The agent whose session the story starts with; null for signed out. */
    signedInAs?: string | null;
    /** The mock API's behaviour (latency, error rate, offline, dataset size) for this story. */
    mockScenario?: Partial<MockScenario>;
    /** Requests that fail, each as often as its `times` (once unless told), e.g. the list's first
     * read, so a story can show the error and a retry that works. */
    mockFaults?: MockFault[];
    /**
     * Arranges the story's data before it renders, as the signed-in agent (or another, through
     * `app.asAgent`). May answer the story's route instead of `route`, for an address that
     * depends on the data (a conversation's id).
     */
    mockSetup?: (app: MockAppSetup) => Promise<string | void>;
  }
}

/**
 * For msw-storybook-addon's `mswLoader`: starts the page's worker with the mock API's handlers.
 * If the worker cannot start (no /mockServiceWorker.js where the Storybook is hosted, a browser
 * without service workers), the stories still render; only those that call /api fail.
 */
export async function startStoryWorker(): Promise<typeof worker> {
  try {
    await worker.start({
      quiet: true,
      // Storybook's own files, Vite's modules and fonts pass through untouched.
      onUnhandledRequest: 'bypass',
    });
  } catch (error) {
    console.error('The mock API did not start; stories that call /api will fail:', error);
  }
  return worker;
}

/** What `mockSetup` gets: the story's backend, the API straight to it, and the story's cache. */
export interface MockAppSetup {
  backend: MockBackend;
  /** The story's QueryClient, empty until the story renders: a set-up may seed it (say, with the
   * session the app would already hold, so a screen shows its own loading, not the app's). */
  queryClient: QueryClient;
  /**
   * The typed API client on the story's backend, as the signed-in agent. It goes around the
   * worker, so neither the scenario (latency, offline, failures) nor `mockFaults` touch it: for
   * arranging and checking data, not for what the screen does.
   */
  api: ApiClient;
  /** Runs `work` signed in as another agent of the demo data, then resumes the story's session
   * (e.g. another agent changing a conversation the story has on screen, for a 409). */
  asAgent: <T>(email: string, work: (api: ApiClient) => Promise<T>) => Promise<T>;
}

/** What `loadMockApp` hands the decorator and the play function (`context.loaded.mockApp`). */
export interface MockApp extends MockAppSetup {
  /** Arms one more fault from the play function, for a request the screen makes later on (an
   * older page of a thread, say), where `mockFaults` would fail the first one. */
  failNext: (fault: MockFault) => void;
  /** The address; `history` lists every path the story navigated to (the last overload records). */
  location: ReturnType<typeof memoryLocation>;
}

/** The typed API on `backend` itself, without the worker (see `MockAppSetup.api`). */
function directApi(backend: MockBackend): ApiClient {
  return createApiClient({
    baseUrl: 'http://mock-backend.invalid',
    fetch: (input, init) => backend.fetch(new Request(input, init)),
  });
}

/** Reads don't retry and windows don't refetch on focus, so a story's state is the one it set up. */
export function createStoryQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}

// The functions below name only the parts of Storybook's context they use, so they fit the
// loaders, decorators and hooks of a story whatever its args are.

/** The story's `loaded` values (what its loaders returned). */
interface Loaded {
  loaded: Record<string, unknown>;
}

/** Loader: fresh demo data and scenario, the session, a QueryClient and the address. */
export async function loadMockApp({
  parameters,
}: {
  parameters: Parameters;
}): Promise<{ mockApp: MockApp }> {
  const scenario = setScenario({ ...DEFAULT_SCENARIO, ...parameters.mockScenario });
  toast.clear();
  const backend = resetMockBackend({ extraConversations: scenario.datasetSize });
  const agent = parameters.signedInAs === undefined ? STORY_AGENT : parameters.signedInAs;
  if (agent) await backend.signInAs(agent);
  else await backend.ready;
  const api = directApi(backend);
  const setup: MockAppSetup = {
    backend,
    queryClient: createStoryQueryClient(),
    api,
    asAgent: async (email, work) => {
      await backend.signInAs(email);
      try {
        return await work(api);
      } finally {
        if (agent) await backend.signInAs(agent);
        else backend.signOut();
      }
    },
  };
  const route = (await parameters.mockSetup?.(setup)) ?? parameters.route ?? '/';
  // Armed last: the faults are for the screen's requests, not for the set-up's.
  setFaults(parameters.mockFaults ?? []);
  const mockApp: MockApp = {
    ...setup,
    failNext,
    location: memoryLocation({ path: route, record: true }),
  };
  return { mockApp };
}

/** The objects `loadMockApp` made for this story; throws if the story did not use `mockApp`. */
export function mockAppOf(context: Loaded): MockApp {
  const loaded = context.loaded['mockApp'];
  if (!loaded) throw new Error('This story has no mock app: add `...mockApp` to its meta.');
  return loaded as MockApp;
}

/** Decorator: the providers src/app/providers.tsx gives the app, around the story. */
export function withMockApp(Story: ComponentType, context: Loaded): ReactElement {
  const { queryClient, location } = mockAppOf(context);
  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <Story />
      </Router>
      <ToastRegion />
    </QueryClientProvider>
  );
}

/** Spread into a meta (or a story) whose component needs the mock API and the app's providers. */
export const mockApp = {
  loaders: [loadMockApp],
  decorators: [withMockApp],
  // Drop the cache (and its timers) with the story, and the scenario and faults with it.
  beforeEach: (context: Loaded) => () => {
    mockAppOf(context).queryClient.clear();
    setScenario(DEFAULT_SCENARIO);
    clearFaults();
  },
};
