// The one client the UI talks through. `VITE_API_BASE_URL` points the UI at another API host.
import { createApiClient, type FetchLike } from '../api';
import { withBootAnswers } from './boot-answers';

/** No request may keep a spinner turning longer than this: it fails and the change rolls back. */
export const REQUEST_TIMEOUT_MS = 15_000;

export const TIMEOUT_MESSAGE =
  'The server did not answer in time. Your change was not applied here; check your connection and try again.';

/** Thrown when a request outlived its time; the transport reports it as a network error. */
export class RequestTimeout extends Error {
  constructor() {
    super(TIMEOUT_MESSAGE);
  }
}

/** A fetch that gives up after `ms`, on top of whatever signal the caller passed. */
export function fetchWithTimeout(
  ms: number,
  fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
): FetchLike {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await fetchImpl(input, { ...init, signal });
    } catch (error) {
      // The caller's own abort (a cancelled query) stays an abort; only our deadline is a timeout.
      if (timeout.aborted && !init.signal?.aborted) throw new RequestTimeout();
      throw error;
    }
  };
}

export const api = createApiClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  fetch: withBootAnswers(fetchWithTimeout(REQUEST_TIMEOUT_MS)),
});
