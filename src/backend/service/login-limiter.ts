// Failed sign-ins, counted per email and client address together, and per client address across
// emails (password spraying). A person is never locked out from elsewhere: guesses from one
// address do not stop the same email from another. Kept in the process's memory: a restart
// forgets it, which only ever errs towards letting a person back in.
import { createRateLimiter, tightest, type RateLimitStatus } from '../http/rate-limit';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from '../http/settings';

export const LOGIN_MAX_FAILURES = DEFAULT_HTTP_SETTINGS.loginFailuresPerEmail;
export const LOGIN_WINDOW_MS = DEFAULT_HTTP_SETTINGS.loginWindowMs;

/** Who is signing in: the email as typed (normalised) and where from. */
export interface LoginAttempt {
  email: string;
  address: string;
}

export interface LoginLimiter {
  /** The standing closest to refusing; `exhausted` when this attempt must be refused. */
  check(attempt: LoginAttempt, now: number): RateLimitStatus;
  fail(attempt: LoginAttempt, now: number): RateLimitStatus;
  succeed(attempt: LoginAttempt): void;
}

type LoginSettings = Pick<
  HttpSettings,
  'loginFailuresPerEmail' | 'loginFailuresPerAddress' | 'loginWindowMs'
>;

export function createLoginLimiter(settings: LoginSettings = DEFAULT_HTTP_SETTINGS): LoginLimiter {
  const windowMs = settings.loginWindowMs;
  const perEmail = createRateLimiter({ limit: settings.loginFailuresPerEmail, windowMs });
  const perAddress = createRateLimiter({ limit: settings.loginFailuresPerAddress, windowMs });
  // A JSON string key cannot be forged by putting the separator into the email.
  const emailKey = (a: LoginAttempt) => JSON.stringify([a.email, a.address]);
  return {
    check: (a, now) => tightest(perEmail.peek(emailKey(a), now), perAddress.peek(a.address, now)),
    fail: (a, now) => tightest(perEmail.hit(emailKey(a), now), perAddress.hit(a.address, now)),
    // The address's count stays: an attacker's own account must not wash its guesses away.
    succeed: (a) => perEmail.reset(emailKey(a)),
  };
}
