// The answers public/boot.js asked for while the app's code downloaded: the session, the inbox's
// first page, an open conversation and its newest messages, and, on the Node host, the sidebar's
// and the pane's org-wide answers once those are in. Only the app's first GET of an address may
// take its answer: one that arrives after the app has asked for it itself is never taken (a later
// refetch must reach the server, or a bulk close's counts would come back stale), and boot.js does
// not ask for an address the app has already asked for. One that failed, or that nobody asked for
// in time, is left and the app asks the server itself.
import type { FetchLike } from '../api';

interface BootAnswers {
  /** When boot.js ran (ms since navigation start). */
  at: number;
  answers: Record<string, Promise<Response> | undefined>;
  /** The addresses the app has asked for (by any GET): boot.js does not ask for these again. */
  asked: Record<string, true | undefined>;
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
  if (boot.asked[url]) return undefined;
  boot.asked[url] = true;
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
