import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import '../ui/styles/tokens.css';
import '../ui/styles/global.css';
import { App } from './app';
import { preloadPane, startsAtConversation } from './conversation-slot';

// The server's Content-Security-Policy forbids eval; without this zod probes `new Function` and
// the browser reports a violation on every load. Only builds that run zod in the page need it (the
// dev server, the mock API): the production client does not check answers with zod (src/api/http.ts),
// and leaving this out keeps zod out of its first screen.
if (!import.meta.env.PROD || import.meta.env.VITE_API_MODE === 'mock') z.config({ jitless: true });

/**
 * `npm run dev` (and a build with VITE_API_MODE=mock) answers `/api` from the mock backend in the
 * page. The import is dynamic and behind a condition Vite replaces at build time, so a production
 * bundle carries no MSW; it must finish before the first render, or the first requests would miss it.
 */
async function startMockApiIfWanted(): Promise<void> {
  if (!import.meta.env.DEV && import.meta.env.VITE_API_MODE !== 'mock') return;
  const boot = preloadBootScript();
  const [{ applyScenarioFromUrl }, { startMockApi }] = await Promise.all([
    import('../mocks/scenario'),
    import('../mocks/browser'),
  ]);
  applyScenarioFromUrl(window.location.search);
  await startMockApi();
  // The first screen's requests, as the Node host's pages make them (public/boot.js): sent now,
  // they are answered while the app renders, not after its session's answer has been rendered.
  await boot.run();
  // The scenario switcher (Ctrl+Shift+D), mock builds only; it need not hold up the first render.
  void import('../mocks/scenario-panel').then((m) => m.mountScenarioPanel());
}

/**
 * public/boot.js, downloaded now and run on demand: its requests must wait for the mock API, and
 * a script the page adds runs as soon as it has arrived.
 */
function preloadBootScript(): { run(): Promise<void> } {
  const href = '/boot.js';
  const preload = document.createElement('link');
  preload.rel = 'preload';
  preload.as = 'script';
  preload.href = href;
  document.head.append(preload);
  return {
    run: () =>
      new Promise((resolve) => {
        const script = document.createElement('script');
        script.src = href;
        // Its answers come from this page's thread: boot.js leaves the org's to the app.
        script.dataset.api = 'in-page';
        // Without it the app asks for everything itself, as it would have.
        script.onload = script.onerror = () => resolve();
        document.head.append(script);
      }),
  };
}

/**
 * The production build's service worker (vite.config.ts: Workbox, the app shell offline). Not in
 * the dev server or a mock build, whose pages have MSW's worker (the build makes no /sw.js there).
 */
function registerServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.VITE_API_MODE === 'mock') return;
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // The app works without it; only offline starts and installing need it.
      console.warn('The service worker did not register:', error);
    });
  });
}

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A conversation's address needs the pane's code: asked for now, with the session, not after it.
  if (startsAtConversation()) void preloadPane();
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread in one long task.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

registerServiceWorker();
startMockApiIfWanted().then(render, (error: unknown) => {
  // Without its mock API the dev app would only show network errors; say what really failed.
  console.error('The mock API did not start:', error);
  render();
});
