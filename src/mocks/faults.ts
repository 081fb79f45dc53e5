// Faults for chosen requests of the mock API: "the next GET /api/conversations answers 503". The
// scenario's error rate fails changes at random; a story or test that shows one failure and its
// retry needs that one request to fail, and the next to succeed.

export interface MockFault {
  /** The request's method; any method when left out. */
  method?: string;
  /** The path (exact, without the query string), or a pattern it must match. */
  path: string | RegExp;
  /** The answer's status: 503 unless told. 0 answers as a network error (no response at all). */
  status?: number;
  /** How many matching requests fail; 1 unless told. */
  times?: number;
}

interface Armed {
  fault: MockFault;
  left: number;
}

let armed: Armed[] = [];

/** Replaces the faults waiting to fire. */
export function setFaults(faults: readonly MockFault[]): void {
  armed = faults.map((fault) => ({ fault, left: fault.times ?? 1 }));
}

/** Adds one fault to those waiting. */
export function failNext(fault: MockFault): void {
  armed.push({ fault, left: fault.times ?? 1 });
}

export function clearFaults(): void {
  armed = [];
}

function matches(fault: MockFault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) {
    return false;
  }
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}

/**
 * The status this request must fail with (0: as a network error), using up one of its fault's
 * turns; null when no fault waits for it. The first matching fault wins.
 */
export function takeFault(request: { method: string; url: string }): number | null {
  const path = new URL(request.url).pathname;
  const found = armed.find((a) => a.left > 0 && matches(a.fault, request.method, path));
  if (!found) return null;
  found.left -= 1;
  armed = armed.filter((a) => a.left > 0);
  return found.fault.status ?? 503;
}
