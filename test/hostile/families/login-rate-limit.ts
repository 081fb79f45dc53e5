// Password guessing: after 10 failures for an email in 15 minutes the 11th attempt answers 429, even
// with the right password and however the email is spelled; an unknown email behaves the same, so
// the limit does not tell which accounts exist. Sam's live session (signed in by the fixture)
// keeps working: the limit is on signing in, not on being signed in.
import { LOGIN_MAX_FAILURES } from '../../../src/backend/service/login-limiter';
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';

const attempt = (name: string, email: string, password: string, status: number): HostileCase => ({
  name,
  request: () => ({
    method: 'POST',
    path: '/api/session',
    as: 'anonymous',
    headers: JSON_TYPE,
    body: JSON.stringify({ email, password }),
  }),
  expect: { status },
});

function guessing(email: string): HostileCase[] {
  const all: HostileCase[] = [];
  for (let i = 1; i <= LOGIN_MAX_FAILURES; i += 1)
    all.push(attempt(`${email}: wrong password #${i}`, email, `guess-${i}`, 401));
  all.push(
    attempt(`${email}: wrong password #${LOGIN_MAX_FAILURES + 1}`, email, 'guess-x', 429),
    attempt(`${email}: the right password, locked`, email, 'demo-password', 429),
    attempt(`${email}: upper-cased, locked`, email.toUpperCase(), 'demo-password', 429),
    attempt(`${email}: padded with spaces, locked`, `  ${email}  `, 'demo-password', 429),
  );
  return all;
}

export const loginRateLimit: Family = {
  name: 'login rate limit',
  attack: 'guessing a password, and telling real accounts from unknown ones by the limit',
  cases: [
    ...guessing('sam@acme.test'),
    ...guessing('nobody-here@acme.test'),
    {
      name: 'a locked account keeps its open session',
      request: () => ({ method: 'GET', path: '/api/me', as: 'sam' }),
      expect: { status: 200 },
    },
  ],
};
