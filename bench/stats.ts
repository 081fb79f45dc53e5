// Medians, percentiles and the shapes of bench/results/latest.json.

export interface TimedOp {
  n: number;
  medianMs: number;
  p75Ms: number;
  baselineMedianMs: number | null;
  /** The baseline's p75: how much of a p75 is where the click falls in the frame. */
  baselineP75Ms: number | null;
  ratio: number | null;
}

export interface ScrollOp {
  longTasksOver50ms: number;
  longestTaskMs: number;
  maxRowsMounted: number;
  reachedRow?: number;
}

export type UiOp = TimedOp | ScrollOp;

export interface ServerOp {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time per request of the host process, and of the whole machine (see load-generator). */
  hostCpuMsPerRequest: number;
  machineCpuMsPerRequest: number;
  /** On PostgreSQL, its server processes' (see load-generator). */
  databaseCpuMsPerRequest?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(mid)] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function summarize(app: readonly number[], baseline: readonly number[] | null): TimedOp {
  const medianMs = median(app);
  const baselineMedianMs = baseline && baseline.length > 0 ? median(baseline) : null;
  return {
    n: app.length,
    medianMs: round(medianMs),
    p75Ms: round(quantile(app, 0.75)),
    baselineMedianMs: baselineMedianMs === null ? null : round(baselineMedianMs),
    baselineP75Ms: baseline && baseline.length > 0 ? round(quantile(baseline, 0.75)) : null,
    ratio:
      baselineMedianMs === null || baselineMedianMs <= 0
        ? null
        : Math.round((medianMs / baselineMedianMs) * 100) / 100,
  };
}
