// Runs in every bench page before its own scripts (page.addInitScript). It times one click from
// the input event (its `timeStamp`, the moment the browser received the input) to the first paint
// that shows the result: each animation frame checks whether the DOM shows it yet; in the frame
// where it does, a task queued from requestAnimationFrame runs right after that frame's paint.
// Loads are timed the same way from navigation start (time origin 0) to the first painted row.

export type Expectation = 'rowsChanged' | 'rowToggled' | 'threadShown';

export interface BenchProbe {
  loadedMs: number | null;
  result: number | null;
  arm(expect: Expectation, arg?: number): void;
  /**
   * The armed click's time, once measured, and the load's. The bench waits on these rather than
   * with Playwright's waitForFunction, which evaluates its own script in the page (20 ms in a
   * trace) while the work being timed is still running.
   */
  measured(): Promise<number>;
  loaded(): Promise<number>;
  /**
   * Also times the armed click to the paint after the answer to a POST whose address contains
   * `path` has been read: the first frame after the app's own work on it (its body parsed, the
   * cache written, React's render task) has run. `answered()` gives that time.
   */
  armAnswer(path: string): void;
  answered(): Promise<number>;
  /** Long tasks (ms) and the most rows mounted at once, from `watchScroll()` on. */
  watchScroll(): void;
  scroll: { longTasks: number[]; maxRows: number };
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export function instrument(): void {
  const ROWS = 'ul[aria-label="Conversations"] > li.inbox-row';
  // Called from inside an animation frame callback: the frame's paint comes before the next task,
  // so a task queued now runs right after the paint that shows what the DOM holds now. (Another
  // requestAnimationFrame here would wait a whole frame more and count it.) The task is posted at
  // the scheduler's highest priority, so that it runs first after the paint: as a plain
  // setTimeout it waited behind whatever the page had queued before it (the mock API's messages,
  // say), 10 ms and more in a trace of the bulk close, and the baseline, with less queued, waited
  // less.
  type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => Promise<unknown>;
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  const afterThisFramePaints = (done: (t: number) => void) => {
    const read = () => done(performance.now());
    if (postTask) void postTask.call(globalThis.scheduler, read, { priority: 'user-blocking' });
    else setTimeout(read, 0);
  };
  const rowsSignature = () =>
    Array.from(
      document.querySelectorAll(ROWS),
      (li) => li.querySelector('a')?.getAttribute('href') ?? '',
    )
      .sort()
      .join('|');
  const rowAt = (index: number) =>
    document.querySelector<HTMLInputElement>(
      `${ROWS}[style*="translateY(${index * 64}px)"] input[type="checkbox"]`,
    );

  let condition: (() => boolean) | null = null;
  let t0 = 0;
  // Waiting adds no work to the page: whoever waits is told when the figure is set.
  const waiting = {
    result: [] as ((ms: number) => void)[],
    loaded: [] as ((ms: number) => void)[],
    answered: [] as ((ms: number) => void)[],
  };
  let answerPath: string | null = null;
  let answeredMs: number | null = null;
  const when = (figure: number | null, queue: ((ms: number) => void)[]): Promise<number> =>
    figure !== null ? Promise.resolve(figure) : new Promise((resolve) => queue.push(resolve));
  const tell = (queue: ((ms: number) => void)[], ms: number) => {
    for (const resolve of queue.splice(0)) resolve(ms);
  };

  const probe: BenchProbe = {
    loadedMs: null,
    result: null,
    arm(expect, arg = 0) {
      probe.result = null;
      t0 = 0;
      if (expect === 'rowsChanged') {
        const before = rowsSignature();
        condition = () => {
          const now = rowsSignature();
          return now !== '' && now !== before;
        };
      } else if (expect === 'rowToggled') {
        const was = rowAt(arg)?.checked;
        condition = () => {
          const input = rowAt(arg);
          return Boolean(input) && input?.checked !== was;
        };
      } else {
        condition = () =>
          document.querySelectorAll('[role="log"][aria-label="Messages"] .thread__row').length > 0;
      }
    },
    measured: () => when(probe.result, waiting.result),
    armAnswer(path) {
      answerPath = path;
      answeredMs = null;
    },
    answered: () => when(answeredMs, waiting.answered),
    loaded: () => when(probe.loadedMs, waiting.loaded),
    watchScroll() {
      probe.scroll = { longTasks: [], maxRows: document.querySelectorAll(ROWS).length };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.scroll.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      const list = document.querySelector('ul[aria-label="Conversations"]');
      if (list)
        new MutationObserver(() => {
          probe.scroll.maxRows = Math.max(
            probe.scroll.maxRows,
            document.querySelectorAll(ROWS).length,
          );
        }).observe(list, { childList: true });
    },
    scroll: { longTasks: [], maxRows: 0 },
  };
  window.__bench = probe;

  const check = () => {
    if (!condition) return;
    if (condition()) {
      condition = null;
      afterThisFramePaints((t1) => {
        probe.result = t1 - t0;
        tell(waiting.result, probe.result);
      });
    } else requestAnimationFrame(check);
  };
  addEventListener(
    'click',
    (event) => {
      if (!condition || t0) return;
      t0 = event.timeStamp;
      requestAnimationFrame(check);
    },
    true,
  );

  const realFetch = window.fetch;
  window.fetch = async function benchFetch(input: RequestInfo | URL, init?: RequestInit) {
    const response = await realFetch.call(window, input, init);
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const path = answerPath;
    if (path === null || method !== 'POST' || !url.includes(path)) return response;
    answerPath = null;
    const started = t0;
    const read = response.json.bind(response);
    response.json = async () => {
      const body: unknown = await read();
      // After the app's microtasks on the body and the render task they schedule, the next frame.
      setTimeout(() =>
        requestAnimationFrame(() =>
          afterThisFramePaints((t1) => {
            answeredMs = t1 - started;
            tell(waiting.answered, answeredMs);
          }),
        ),
      );
      return body;
    };
    return response;
  };

  const waitForRows = () => {
    if (document.querySelector(ROWS)) {
      afterThisFramePaints((t) => {
        probe.loadedMs = t;
        tell(waiting.loaded, t);
      });
    } else requestAnimationFrame(waitForRows);
  };
  requestAnimationFrame(waitForRows);
}
