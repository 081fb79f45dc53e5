// Session cookies an attacker can make: random, empty, huge, SQL, encoded NUL, near-misses of a real
// token, an inbox token, one that expired and one that signed out. Every route that needs a
// session answers 401; signing out with junk still answers 204; the inbox token is no session
// and a session is no inbox token.
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import {
  JSON_TYPE,
  type CaseRequest,
  type Family,
  type HostileCase,
  type Sender,
} from '../hostile-case';
import type { Fixture } from '../fixture';

type Forgery = readonly [name: string, sender: (f: Fixture) => Sender];

const forged = (cookie: string) => () => ({ forgedCookie: cookie });

const FORGERIES: readonly Forgery[] = [
  ['no cookie', () => 'anonymous'],
  ['a random token', forged('q3ZzJ9vYkR0mC1xTn8LwA5pB7eHdF2gU4iKoMsNtVbE')],
  ['an empty token', forged('')],
  ['a 4 KB token', forged('A'.repeat(4096))],
  ['SQL', forged("' OR 1=1 --")],
  ['%00', forged('%00')],
  ['a%00b', forged('a%00b')],
  ['an invalid percent-encoding', forged('%ED%A0%80')],
  ['a real token plus one character', (f) => ({ forgedCookie: `${f.tokens.alex}x` })],
  ['a real token upper-cased', (f) => ({ forgedCookie: f.tokens.alex.toUpperCase() })],
  ['a real token cut short', (f) => ({ forgedCookie: f.tokens.alex.slice(0, -1) })],
  ['the inbox token', forged(DEMO_TOKENS.acme)],
  ['an expired session', () => 'expired'],
  ['a signed-out session', () => 'signed-out'],
];

type Route = readonly [name: string, request: (f: Fixture) => Omit<CaseRequest, 'as'>];

const json = (method: string, path: string, body: unknown) => ({
  method,
  path,
  headers: JSON_TYPE,
  body: JSON.stringify(body),
});

const ROUTES: readonly Route[] = [
  ['GET /api/me', () => ({ method: 'GET', path: '/api/me' })],
  ['GET the list', () => ({ method: 'GET', path: '/api/conversations?view=all' })],
  ['GET a conversation', (f) => ({ method: 'GET', path: `/api/conversations/${f.acme.open}` })],
  [
    'PATCH a conversation',
    (f) => json('PATCH', `/api/conversations/${f.acme.open}`, { status: 'closed' }),
  ],
  [
    'POST a message',
    (f) => json('POST', `/api/conversations/${f.acme.open}/messages`, { type: 'chat', body: 'x' }),
  ],
  [
    'DELETE a conversation',
    (f) => ({ method: 'DELETE', path: `/api/conversations/${f.acme.open}` }),
  ],
  [
    'POST bulk',
    (f) => json('POST', '/api/conversations/bulk', { action: 'close', ids: [f.acme.open] }),
  ],
  ['GET the inboxes (tokens)', () => ({ method: 'GET', path: '/api/inboxes' })],
  ['PATCH settings', () => json('PATCH', '/api/org/settings', { inactivitySeconds: 900 })],
  [
    'POST a webhook',
    () =>
      json('POST', '/api/webhooks', {
        url: 'https://evil.example/',
        events: ['conversation_push'],
      }),
  ],
  ['GET the event stream', () => ({ method: 'GET', path: '/api/events' })],
];

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const [i, [forgery, sender]] of FORGERIES.entries()) {
    for (const [route, request] of ROUTES) {
      all.push({
        name: `${route} with ${forgery}`,
        request: (f) => ({ ...request(f), as: sender(f) }),
        expect: { status: 401 },
      });
    }
    // Signing out is public and always succeeds: there is nothing to tell an attacker.
    all.push({
      name: `sign out with ${forgery}`,
      request: (f) => ({ method: 'DELETE', path: '/api/session', as: sender(f) }),
      expect: { status: 204 },
    });
    // A wrong password with a junk cookie: 401 before the cookie is looked at.
    all.push({
      name: `failed sign-in with ${forgery}`,
      request: (f) => ({
        // One email per case, so the failures never add up to the sign-in limit.
        ...json('POST', '/api/session', { email: `forged-${i}@acme.test`, password: 'nope' }),
        as: sender(f),
      }),
      expect: { status: 401 },
    });
  }
  // A successful sign-in ends the session the request carried; a junk one must not break it.
  for (const cookie of ['%00', "' OR 1=1 --", 'A'.repeat(4096)]) {
    all.push({
      name: `sign-in carrying the junk cookie ${JSON.stringify(cookie.slice(0, 12))}`,
      request: () => ({
        ...json('POST', '/api/session', { email: 'gina@globex.test', password: 'demo-password' }),
        as: { forgedCookie: cookie },
      }),
      expect: { status: 200 },
    });
  }
  all.push(
    {
      name: 'the inbox token as a bearer token on an agent route',
      request: () => ({
        method: 'GET',
        path: '/api/conversations',
        as: 'anonymous',
        headers: { authorization: `Bearer ${DEMO_TOKENS.acme}` },
      }),
      expect: { status: 401 },
    },
    {
      name: "an agent's session on /api/inbound without the inbox token",
      request: () => ({
        ...json('POST', '/api/inbound', {
          channel: 'chat',
          contact: { email: 'session@customers.test' },
          body: 'hi',
        }),
        as: 'alex',
      }),
      expect: { status: 401 },
    },
    {
      name: "an agent's session token as the inbox token",
      request: (f) => ({
        ...json('POST', '/api/inbound', {
          channel: 'chat',
          contact: { email: 'session@customers.test' },
          body: 'hi',
        }),
        as: 'anonymous',
        headers: { ...JSON_TYPE, authorization: `Bearer ${f.tokens.alex}` },
      }),
      expect: { status: 401 },
    },
  );
  return all;
}

export const forgedSessions: Family = {
  name: 'forged sessions',
  attack: 'made-up, mangled, expired and signed-out session cookies, and tokens used as each other',
  cases: cases(),
};
