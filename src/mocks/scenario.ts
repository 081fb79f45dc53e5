// Dev-mode scenarios for the mock API: latency, failures, offline, dataset size. Kept in
// localStorage (when there is one) so a reload keeps the chosen scenario.
export interface MockScenario {
  /** Added to every answer. */
  latencyMs: number;
  /** Share of changes (not reads) that fail with 503, 0 to 1. */
  errorRate: number;
  /** Every request fails as a network error. */
  offline: boolean;
  /** Extra Acme conversations on top of the demo data. */
  datasetSize: number;
  /** Messages added to the newest open conversation (a long thread); 0 for none. */
  threadSize: number;
}

export const DEFAULT_SCENARIO: MockScenario = {
  latencyMs: 0,
  errorRate: 0,
  offline: false,
  datasetSize: 0,
  threadSize: 0,
};

const KEY = 'parley-mock-scenario';
const listeners = new Set<(s: MockScenario) => void>();

function load(): MockScenario {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return { ...DEFAULT_SCENARIO };
    const p = parsed as Partial<Record<keyof MockScenario, unknown>>;
    return {
      latencyMs: typeof p.latencyMs === 'number' ? p.latencyMs : 0,
      errorRate: typeof p.errorRate === 'number' ? p.errorRate : 0,
      offline: p.offline === true,
      datasetSize: typeof p.datasetSize === 'number' ? p.datasetSize : 0,
      threadSize: typeof p.threadSize === 'number' ? p.threadSize : 0,
    };
  } catch {
    return { ...DEFAULT_SCENARIO };
  }
}

let scenario: MockScenario = load();

export function getScenario(): MockScenario {
  return scenario;
}

export function setScenario(patch: Partial<MockScenario>): MockScenario {
  scenario = { ...scenario, ...patch };
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, JSON.stringify(scenario));
  } catch {
    // Not persisted; the scenario still applies until reload.
  }
  for (const listener of listeners) listener(scenario);
  return scenario;
}

export function onScenarioChange(listener: (s: MockScenario) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The scenario in a URL, so one can be shared: `?scenario=latency:3000,fail:0.3,offline,size:100000,thread:2000`.
// Parts left out take their defaults; an unknown or malformed part is ignored.
export const SCENARIO_PARAM = 'scenario';

export function parseScenario(text: string): MockScenario {
  const result: MockScenario = { ...DEFAULT_SCENARIO };
  for (const part of text.split(',')) {
    const [key = '', raw] = part.trim().split(':');
    const value = raw === undefined ? Number.NaN : Number(raw);
    if (key === 'offline') result.offline = raw === undefined || raw === '1' || raw === 'true';
    else if (!Number.isFinite(value) || value < 0) continue;
    else if (key === 'latency') result.latencyMs = value;
    else if (key === 'fail') result.errorRate = Math.min(1, value);
    else if (key === 'size') result.datasetSize = Math.floor(value);
    else if (key === 'thread') result.threadSize = Math.floor(value);
  }
  return result;
}

/** The URL form of a scenario; empty for the default one. */
export function formatScenario(s: MockScenario): string {
  const parts: string[] = [];
  if (s.latencyMs > 0) parts.push(`latency:${s.latencyMs}`);
  if (s.errorRate > 0) parts.push(`fail:${s.errorRate}`);
  if (s.offline) parts.push('offline');
  if (s.datasetSize > 0) parts.push(`size:${s.datasetSize}`);
  if (s.threadSize > 0) parts.push(`thread:${s.threadSize}`);
  return parts.join(',');
}

/** A `?scenario=` in the page's URL wins over the saved one (call before the mock API starts). */
export function applyScenarioFromUrl(search: string): MockScenario {
  const text = new URLSearchParams(search).get(SCENARIO_PARAM);
  return text === null ? getScenario() : setScenario(parseScenario(text));
}
