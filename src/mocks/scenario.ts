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
}

export const DEFAULT_SCENARIO: MockScenario = {
  latencyMs: 0,
  errorRate: 0,
  offline: false,
  datasetSize: 0,
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
