// Component tests of the whole app: the real providers and routes, an in-memory address, and the
// mock API (the real backend over an in-memory store, behind MSW). Signing in goes through the API.
import { screen, within, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { createApiClient } from '../api';
import { resetMockBackend, server } from '../mocks/node';
import { changesPersistOptions } from '../queries';
import { toast } from '../ui';
import { App } from './app';
import { preloadPane } from './conversation-slot';
import { createQueryClient } from './query-client';
import { FetchEventSource } from './testing/fetch-event-source';

/** A client of the mock API for the test itself: seeing what the server holds, making changes. */
export const testApi = createApiClient();
export const PASSWORD = 'demo-password';
export const ACME_TOKEN = 'acme-demo-inbox-token';

/** Per file: the mock API answers every request; each test starts on fresh demo data. */
export function setupMockApi(): void {
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    // The inbox fetches the conversation pane's code once it is idle: loaded here, a file never
    // ends with that import still on its way (which its environment's teardown would refuse).
    await preloadPane();
  });
  beforeEach(() => {
    resetMockBackend({});
  });
  afterEach(() => {
    server.resetHandlers();
    toast.clear();
    vi.unstubAllGlobals();
    for (const source of FetchEventSource.instances.splice(0)) source.close();
  });
  afterAll(() => server.close());
}

/**
 * happy-dom lays nothing out, so every box is 0×0 and a virtualized list would show no rows. Give
 * every element the size of a viewport instead: the virtualizer measures only its scroll element,
 * and rows have a fixed height, so this is the one measurement that matters.
 */
function mockLayout(width: number, height: number): () => void {
  const saved = (['clientWidth', 'clientHeight'] as const).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  });
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else Reflect.deleteProperty(HTMLElement.prototype, key);
    }
  };
}

export interface RenderAppOptions {
  /** Signs in through the API first; null renders signed out. */
  as?: string | null;
  /** The list's height in pixels: 64 px a row. */
  viewportHeight?: number;
  /** Installs an EventSource so the app's live updates run. */
  liveUpdates?: boolean;
  /** Where waiting changes are kept; by default a storage of this render's own, so no test
   * replays another's changes. Pass the same one to two renders to simulate a reload. */
  storage?: Storage;
}

/** A Storage in memory: one "browser profile" for the tests of changes that survive a reload. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

export async function renderApp(
  path: string,
  {
    as = 'alex@acme.test',
    viewportHeight = 1000,
    liveUpdates = false,
    storage = memoryStorage(),
  }: RenderAppOptions = {},
) {
  if (as) await testApi.signIn({ email: as, password: PASSWORD });
  if (liveUpdates) vi.stubGlobal('EventSource', FetchEventSource);
  const restoreLayout = mockLayout(1280, viewportHeight);
  // The inbox list draws a window's height of rows until its box is measured, which happy-dom's
  // ResizeObserver never does: the window is as tall as every box here.
  vi.stubGlobal('innerHeight', viewportHeight);
  window.dispatchEvent(new Event('resize'));
  afterEachOnce(restoreLayout);
  const location = memoryLocation({ path, record: true });
  const queryClient = createQueryClient({ retries: 0 });
  const user = userEvent.setup();
  // No throttle: a test that reloads must find every change already saved.
  const persistOptions = changesPersistOptions(storage, 0);
  const view = render(
    <App queryClient={queryClient} locationHook={location.hook} persistOptions={persistOptions} />,
  );
  /** The address as the app last set it (path and query). */
  const url = () => location.history[location.history.length - 1] ?? '';
  return { ...view, user, location, queryClient, url };
}

const pendingCleanups: (() => void)[] = [];
function afterEachOnce(cleanup: () => void) {
  pendingCleanups.push(cleanup);
}
afterEach(() => {
  for (const cleanup of pendingCleanups.splice(0)) cleanup();
});

// Finding things the way a person (or a screen reader) does.

export const list = () => screen.getByRole('list', { name: 'Conversations' });
export const rows = () => within(list()).getAllByRole('listitem');
export const views = () => screen.getByRole('navigation', { name: 'Views' });
export const toolbar = () => screen.getByRole('toolbar', { name: 'Bulk actions' });
export const toasts = () => screen.getByRole('status', { name: 'Notifications' });

/** Waits for the list to show its first rows. */
export async function findRows() {
  await screen.findByRole('list', { name: 'Conversations' }, { timeout: 3000 });
  return rows();
}

/** The link of a view, e.g. "Open 36"; waits for the counts. */
export function viewLink(label: string) {
  return within(views()).getByRole('link', { name: new RegExp(`^${label} \\d+$`) });
}

/** The count in a view's link. */
export async function countOf(label: string): Promise<number> {
  const link = await waitFor(() => viewLink(label));
  return Number(/(\d+)$/.exec(link.textContent ?? '')?.[1]);
}

export async function expectCount(label: string, value: number) {
  await waitFor(() => expect(viewLink(label).textContent).toMatch(new RegExp(`${value}$`)), {
    timeout: 3000,
  });
}

/** The contact name a row's link starts with (its checkbox says whose it is). */
export function contactOf(row: HTMLElement): string {
  const box = within(row).getByRole('checkbox');
  return (box.getAttribute('aria-label') ?? '').replace(/^Select conversation with /, '');
}

export function checkboxFor(name: string) {
  return screen.getByRole('checkbox', { name: `Select conversation with ${name}` });
}
