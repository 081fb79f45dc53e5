// Which failed changes are sent again, and how often: only those that got no answer (or a 5xx),
// and only when sending twice would be harmless.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

const finalErrors = new WeakSet<object>();

/** Worth asking again: no answer at all, or the server's own trouble (5xx). A 4xx is final. */
export function isTransient(error: unknown): boolean {
  if (finalErrors.has(error as object)) return false;
  return error instanceof ApiError && (error.code === 'network' || error.status >= 500);
}

const retriesOf = new WeakMap<QueryClient, number>();

/** How often a change that got no answer (or a 5xx) is sent again; none unless the app says so. */
export function setMutationRetries(qc: QueryClient, retries: number): void {
  retriesOf.set(qc, retries);
}

export function mutationRetries(qc: QueryClient): number {
  return retriesOf.get(qc) ?? 0;
}

/** Marks a failure that must not be retried: sending the change twice would not be harmless. */
export function finalError(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) finalErrors.add(error);
  return error;
}

/** Changes that wait for the network and survive a reload run one after another, in order: a
 * queued close must reach the server before the note queued after it moves the version. */
export const CHANGES_SCOPE = { id: 'parley-changes' };
