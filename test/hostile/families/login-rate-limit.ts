// Password guessing: after 10 failures for an email in 15 minutes the 11th attempt answers 429, even
// with the right password and however the email is spelled; an unknown email behaves the same, so
// the limit does not tell which accounts exist. Sam's live session (signed in by the fixture)
// keeps working: the limit is on signing in, not on being signed in. Claiming another address in
// a forwarding header does not escape the lock: no proxy is trusted unless one is configured.
import { LOGIN_MAX_FAILURES } from '../../../src/backend/service/login-limiter';
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';

const attempt = (
  name: string,
  email: string,
  password: string,
  status: number,
  headers: Record<string, string> = {},
): HostileCase => ({
  name,
  request: () => ({
    method: 'POST',
    path: '/api/session',
    as: 'anonymous',
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify({ email, password }),
  }),
  expect: { status },
});

const SPOOFED_ADDRESS: Record<string, string>[] = [
  { 'x-forwarded-for': '198.51.100.20' },
  { 'x-forwarded-for': '198.51.100.20, 198.51.100.21' },
  { 'x-real-ip': '198.51.100.20' },
  { forwarded: 'for=198.51.100.20' },
  { 'cf-connecting-ip': '198.51.100.20' },
];

function guessing(email: string): HostileCase[] {
  const all: HostileCase[] = [];
  for (let i = 1; i <= LOGIN_MAX_FAILURES; i += 1)
    all.push(attempt(`${email}: wrong password #${i}`, email, `guess-${i}`, 401));
  all.push(
    attempt(`${email}: wrong password #${LOGIN_MAX_FAILURES + 1}`, email, 'guess-x', 429),
    attempt(`${email}: the right password, locked`, email, 'demo-password', 429),
    attempt(`${email}: upper-cased, locked`, email.toUpperCase(), 'demo-password', 429),
    attempt(`${email}: padded with spaces, locked`, `  ${email}  `, 'demo-password', 429),
    ...SPOOFED_ADDRESS.map((headers) =>
      attempt(
        `${email}: claiming another address (${Object.entries(headers).flat().join(': ')}), locked`,
        email,
        'demo-password',
        429,
        headers,
      ),
    ),
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
