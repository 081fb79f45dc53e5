import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, type FetchLike } from '../api';
import { explainFailure } from './explain-failure';
import { fetchWithTimeout, RequestTimeout, TIMEOUT_MESSAGE } from './api';

/** A server that never answers, but lets go when the request is aborted, as fetch does. */
const silent: FetchLike = (_input, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('fetchWithTimeout', () => {
  it('gives up on a request that gets no answer, with a reason a person can read', async () => {
    const client = createApiClient({ fetch: fetchWithTimeout(20, silent) });
    const error: unknown = await client.counts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(explainFailure(error)).toBe(TIMEOUT_MESSAGE);
  });

  it("leaves the caller's own abort an abort, not a timeout", async () => {
    const controller = new AbortController();
    const pending = fetchWithTimeout(10_000, silent)('/api/x', { signal: controller.signal });
    controller.abort();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(RequestTimeout);
  });
});
