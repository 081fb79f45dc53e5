// The answers public/boot.js asked for while the app's code downloaded: the session, the inbox's
// first page, an open conversation and its newest messages. Each is taken once, by its exact
// address, by the first GET for it; one that failed, or that nobody asked for in time, is left
// and the app asks the server itself.
import type { FetchLike } from '../api';

interface BootAnswers {
  /** When boot.js ran (ms since navigation start). */
  at: number;
  answers: Record<string, Promise<Response> | undefined>;
}

declare global {
  interface Window {
    __parleyBoot?: BootAnswers | undefined;
  }
}

/** An answer older than this is not the first screen's any more. */
export const BOOT_ANSWER_MAX_AGE_MS = 10_000;

function takeBootAnswer(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const boot = window.__parleyBoot;
  if (!boot) return undefined;
  if (performance.now() - boot.at > BOOT_ANSWER_MAX_AGE_MS) {
    window.__parleyBoot = undefined;
    return undefined;
  }
  const answer = boot.answers[url];
  delete boot.answers[url];
  return answer;
}

/** `fetchImpl`, answering a GET from boot.js's answers when one is there and succeeded. */
export function withBootAnswers(fetchImpl: FetchLike): FetchLike {
  return async (input, init) => {
    const early = (init.method ?? 'GET') === 'GET' ? takeBootAnswer(input) : undefined;
    if (early) {
      const response = await early.catch(() => null);
      if (response?.ok && !init.signal?.aborted) return response;
    }
    return fetchImpl(input, init);
  };
}
