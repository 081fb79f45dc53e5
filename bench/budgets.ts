// The budgets of issue 8, checked against a run's figures.
import type { LighthouseOp } from './lighthouse';
import type { ServerOp, TimedOp, UiOp } from './stats';

export interface Results {
  bundle: { initialJsGzipKb: number; initialCssGzipKb: number };
  ui: Record<string, UiOp>;
  uiReal: Record<string, UiOp>;
  lighthouse: Record<string, LighthouseOp>;
  server: Record<string, ServerOp>;
}

export interface Check {
  what: string;
  figure: string;
  budget: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

const timed = (r: Results, op: string) => r.ui[op] as TimedOp | undefined;
const real = (r: Results, op: string) => r.uiReal[op] as TimedOp | undefined;

function atMost(
  what: string,
  value: number | null | undefined,
  budget: number,
  unit: string,
): Check {
  if (value === null || value === undefined || Number.isNaN(value))
    return { what, figure: 'not measured', budget: `≤ ${budget}${unit}`, met: null };
  return { what, figure: `${value}${unit}`, budget: `≤ ${budget}${unit}`, met: value <= budget };
}

function atLeast(what: string, value: number | null | undefined, budget: number): Check {
  if (value === null || value === undefined || Number.isNaN(value))
    return { what, figure: 'not measured', budget: `≥ ${budget}`, met: null };
  return { what, figure: `${value}`, budget: `≥ ${budget}`, met: value >= budget };
}

export function checkBudgets(r: Results): Check[] {
  const scroll = r.ui.scroll_100k as
    { longTasksOver50ms: number; maxRowsMounted: number } | undefined;
  return [
    atMost('initial JS (gzip)', r.bundle.initialJsGzipKb, 120, ' KB'),
    atMost('load_inbox_10k median', timed(r, 'load_inbox_10k')?.medianMs, 1000, ' ms'),
    atMost('switch_view_10k p75', timed(r, 'switch_view_10k')?.p75Ms, 50, ' ms'),
    atMost('switch_view_10k ratio', timed(r, 'switch_view_10k')?.ratio, 1.5, '×'),
    atMost('load_inbox_10k ratio', timed(r, 'load_inbox_10k')?.ratio, 1.5, '×'),
    atMost('toggle_sort_10k p75', timed(r, 'toggle_sort_10k')?.p75Ms, 50, ' ms'),
    atMost('toggle_sort_10k ratio', timed(r, 'toggle_sort_10k')?.ratio, 1.3, '×'),
    atMost('select_row p75', timed(r, 'select_row')?.p75Ms, 16, ' ms'),
    atMost('select_row ratio', timed(r, 'select_row')?.ratio, 2, '×'),
    atMost('bulk_close_25 p75', timed(r, 'bulk_close_25')?.p75Ms, 50, ' ms'),
    atMost('bulk_close_25 ratio', timed(r, 'bulk_close_25')?.ratio, 1.5, '×'),
    atMost('open_conversation_2000 p75', timed(r, 'open_conversation_2000')?.p75Ms, 100, ' ms'),
    atMost('real server: load_inbox_10k median', real(r, 'load_inbox_10k')?.medianMs, 800, ' ms'),
    atMost(
      'real server: open_conversation_2000 p75',
      real(r, 'open_conversation_2000')?.p75Ms,
      100,
      ' ms',
    ),
    atMost(
      'real server: bulk_close_25 until confirmed p75',
      real(r, 'bulk_close_25_confirmed')?.p75Ms,
      150,
      ' ms',
    ),
    atLeast('Lighthouse performance, inbox', r.lighthouse.inbox?.performance, 0.95),
    atLeast('Lighthouse performance, conversation', r.lighthouse.conversation?.performance, 0.95),
    atMost('scroll_100k tasks over 50 ms', scroll?.longTasksOver50ms, 0, ''),
    atMost('scroll_100k rows mounted', scroll?.maxRowsMounted, 60, ''),
    atMost('list page p99, PostgreSQL 100k', r.server.list_page_100k_postgres?.p99Ms, 25, ' ms'),
    atMost('list page p99, PGlite 100k', r.server.list_page_100k_pglite?.p99Ms, 60, ' ms'),
    atMost('bulk close 25 p99, PostgreSQL 100k', r.server.bulk_close_25_postgres?.p99Ms, 50, ' ms'),
    atMost('bulk close 25 p99, PGlite 100k', r.server.bulk_close_25_pglite?.p99Ms, 200, ' ms'),
    atMost('search p99, PostgreSQL 100k', r.server.search_100k_postgres?.p99Ms, 50, ' ms'),
    atMost('search p99, PGlite 100k', r.server.search_100k_pglite?.p99Ms, 150, ' ms'),
  ];
}

export function printTable(r: Results, checks: Check[]): void {
  const uiRows = Object.entries(r.ui).map(([op, v]) =>
    'medianMs' in v
      ? {
          op,
          n: v.n,
          'median ms': v.medianMs,
          'p75 ms': v.p75Ms,
          'baseline ms': v.baselineMedianMs ?? '-',
          'baseline p75': v.baselineP75Ms ?? '-',
          ratio: v.ratio ?? '-',
        }
      : { op, ...v },
  );
  if (uiRows.length > 0) console.table(uiRows);
  const realRows = Object.entries(r.uiReal).map(([op, v]) => ({ op, ...v }));
  if (realRows.length > 0) console.table(realRows);
  const lighthouseRows = Object.entries(r.lighthouse).map(([page, v]) => ({
    page,
    ...v,
    performanceRuns: v.performanceRuns.join(' '),
  }));
  if (lighthouseRows.length > 0) console.table(lighthouseRows);
  const serverRows = Object.entries(r.server).map(([op, v]) => ({ op, ...v }));
  if (serverRows.length > 0) console.table(serverRows);
  console.table(
    checks.map((c) => ({
      budget: c.what,
      figure: c.figure,
      limit: c.budget,
      result: c.met === null ? 'not measured' : c.met ? 'met' : 'MISSED',
    })),
  );
}
