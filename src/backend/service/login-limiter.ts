// Refuses sign-in for an email after 10 failures in 15 minutes. Kept in the process's memory: a
// restart forgets it, which only ever errs towards letting a person back in.
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export interface LoginLimiter {
  isLocked(email: string, now: number): boolean;
  fail(email: string, now: number): void;
  succeed(email: string): void;
}

export function createLoginLimiter(): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (email: string, now: number) => {
    const kept = (failures.get(email) ?? []).filter((t) => now - t < LOGIN_WINDOW_MS);
    if (kept.length === 0) failures.delete(email);
    else failures.set(email, kept);
    return kept;
  };
  return {
    isLocked: (email, now) => recent(email, now).length >= LOGIN_MAX_FAILURES,
    fail: (email, now) => {
      failures.set(email, [...recent(email, now), now]);
    },
    succeed: (email) => {
      failures.delete(email);
    },
  };
}
