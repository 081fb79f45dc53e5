import { describe, expect, it } from 'vitest';
import { createRateLimiter, RateLimitedError, rateLimitHeaders, tightest } from './rate-limit';

const MINUTE = 60_000;

describe('createRateLimiter', () => {
  it('allows `limit` hits in a window, refuses the next, and starts again when it ends', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: MINUTE });
    const hits = [0, 1, 2, 3].map((i) => limiter.hit('k', 1000 + i));
    expect(hits.map((s) => [s.remaining, s.exhausted])).toEqual([
      [2, false],
      [1, false],
      [0, false],
      [0, true],
    ]);
    expect(limiter.peek('k', 1000 + MINUTE - 1)).toMatchObject({ exhausted: true, resetMs: 1 });
    expect(limiter.peek('k', 1000 + MINUTE)).toMatchObject({ exhausted: false, remaining: 3 });
    expect(limiter.hit('k', 1000 + MINUTE)).toMatchObject({ remaining: 2, resetMs: MINUTE });
  });

  it('counts each key apart, and forgets a key on reset', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    limiter.hit('a', 0);
    expect(limiter.peek('a', 1).exhausted).toBe(true);
    expect(limiter.peek('b', 1).exhausted).toBe(false);
    limiter.reset('a');
    expect(limiter.peek('a', 2)).toMatchObject({ exhausted: false, remaining: 1 });
  });

  it('keeps a bounded number of keys, dropping ended windows first, then the oldest', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE }, 2);
    limiter.hit('old', 0);
    limiter.hit('kept', MINUTE / 2);
    limiter.hit('new', MINUTE + 1);
    expect(limiter.peek('old', MINUTE + 2).remaining).toBe(1);
    expect(limiter.peek('kept', MINUTE + 2).remaining).toBe(0);
    limiter.hit('newer', MINUTE + 3);
    expect(limiter.peek('kept', MINUTE + 4).remaining).toBe(1);
    expect(limiter.peek('new', MINUTE + 4).remaining).toBe(0);
  });

  it('treats a clock that went back as a new window, never as a negative wait', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    limiter.hit('k', 10_000);
    expect(limiter.peek('k', 5_000)).toMatchObject({ exhausted: false, resetMs: MINUTE });
  });
});

describe('the answers', () => {
  it('reports the policy closest to refusing', () => {
    const a = { limit: 10, remaining: 4, resetMs: 5, exhausted: false };
    const b = { limit: 100, remaining: 2, resetMs: 9, exhausted: false };
    const c = { limit: 100, remaining: 0, resetMs: 1, exhausted: true };
    expect(tightest(a, b)).toBe(b);
    expect(tightest(c, a, b)).toBe(c);
  });

  it('writes the headers in whole seconds, at least 1', () => {
    const status = { limit: 10, remaining: 0, resetMs: 1, exhausted: true };
    expect(rateLimitHeaders(status)).toEqual({
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '1',
    });
    const error = new RateLimitedError('Too many', 90_500, status);
    expect(error.status).toBe(429);
    expect(error.headers).toMatchObject({ 'Retry-After': '91', 'RateLimit-Limit': '10' });
  });
});
