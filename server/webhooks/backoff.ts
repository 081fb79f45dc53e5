// When a failed delivery is tried again: 1 s, 2 s, 4 s … doubling up to 10 minutes, and after the
// last attempt not at all. With the defaults that is about a day of trying (150 attempts).
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, capMs: 10 * 60_000, maxAttempts: 150 };

/** `attempt` is 1 for the first try; null means give up. */
export function retryDelay(attempt: number, policy: RetryPolicy = DEFAULT_RETRY): number | null {
  if (attempt >= policy.maxAttempts) return null;
  // 2 ** 30 already passes any sensible cap; the exponent stays bounded so the number stays finite.
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt - 1, 30));
}
