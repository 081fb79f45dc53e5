// Fixed-window counters keyed by string, in this process's memory, with time as an argument (the
// app's clock), so tests move it. hono-rate-limiter counts every request through a middleware on
// the wall clock; sign-in counts only failures, under keys read from the body, so this stays ours.
import { AppError } from '../app-error';

export interface RateLimitPolicy {
  /** How many hits a key may make in one window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitStatus {
  limit: number;
  remaining: number;
  /** Milliseconds until the key's window ends. */
  resetMs: number;
  /** True when the key has used its whole allowance. */
  exhausted: boolean;
}

export interface RateLimiter {
  /** The key's standing, without counting. */
  peek(key: string, now: number): RateLimitStatus;
  /** Counts one hit against the key; `exhausted` once this hit went over the limit. */
  hit(key: string, now: number): RateLimitStatus;
  reset(key: string): void;
}

interface Window {
  start: number;
  count: number;
}

/** Keys kept at most; beyond it, ended windows are dropped, then the oldest ones. */
const MAX_KEYS = 50_000;

export function createRateLimiter(policy: RateLimitPolicy, maxKeys = MAX_KEYS): RateLimiter {
  const windows = new Map<string, Window>();
  const live = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && now - w.start < policy.windowMs && now >= w.start) return w;
    if (w) windows.delete(key);
    return null;
  };
  const status = (w: Window | null, now: number, over: boolean): RateLimitStatus => ({
    limit: policy.limit,
    remaining: Math.max(0, policy.limit - (w?.count ?? 0)),
    resetMs: w ? w.start + policy.windowMs - now : policy.windowMs,
    exhausted: over,
  });
  // A tenth of the room is freed at once, so a flood of new keys does not sweep on every one.
  const target = maxKeys - Math.max(1, Math.floor(maxKeys / 10));
  const prune = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= policy.windowMs) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size <= target) break;
      windows.delete(key);
    }
  };
  return {
    peek(key, now) {
      const w = live(key, now);
      return status(w, now, (w?.count ?? 0) >= policy.limit);
    },
    hit(key, now) {
      let w = live(key, now);
      if (!w) {
        if (windows.size >= maxKeys) prune(now);
        windows.set(key, (w = { start: now, count: 0 }));
      }
      w.count += 1;
      return status(w, now, w.count > policy.limit);
    },
    reset(key) {
      windows.delete(key);
    },
  };
}

/** Of several policies' standings, the one closest to refusing (what the headers report). */
export function tightest(...all: RateLimitStatus[]): RateLimitStatus {
  return all.reduce((a, b) => {
    if (a.exhausted !== b.exhausted) return a.exhausted ? a : b;
    if (a.remaining !== b.remaining) return a.remaining < b.remaining ? a : b;
    return a.resetMs >= b.resetMs ? a : b;
  });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The IETF draft's `RateLimit-*` headers (draft-ietf-httpapi-ratelimit-headers, first form). */
export function rateLimitHeaders(s: RateLimitStatus): Record<string, string> {
  return {
    'RateLimit-Limit': String(s.limit),
    'RateLimit-Remaining': String(s.remaining),
    'RateLimit-Reset': String(seconds(s.resetMs)),
  };
}

/** A 429 whose answer carries `Retry-After` and, for a counted limit, the `RateLimit-*` headers. */
export class RateLimitedError extends AppError {
  readonly headers: Record<string, string>;
  constructor(message: string, retryAfterMs: number, status?: RateLimitStatus) {
    super('rate_limited', message);
    this.headers = {
      'Retry-After': String(seconds(retryAfterMs)),
      ...(status ? rateLimitHeaders(status) : {}),
    };
  }
}

/** "in 15 minutes", "in 30 seconds": when a refused caller may try again. */
export function tryAgainIn(ms: number): string {
  const s = seconds(ms);
  if (s < 90) return `in ${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `in ${m} minute${m === 1 ? '' : 's'}`;
}
