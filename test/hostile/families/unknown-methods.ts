// Methods no route has, and known methods on paths that do not take them. The API answers these
// like any other missing route: 404 with the JSON error (SPEC's error vocabulary has no 405, and a
// client treats both the same). Without a session the 401 comes first.
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';
import type { Fixture } from '../fixture';

const METHODS = ['PUT', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE', 'FOO', 'OPTIONS'];

const PATHS: readonly [string, (f: Fixture) => string][] = [
  ['/api/session', () => '/api/session'],
  ['/api/me', () => '/api/me'],
  ['/api/conversations', () => '/api/conversations'],
  ['/api/conversations/counts', () => '/api/conversations/counts'],
  ['/api/conversations/bulk', () => '/api/conversations/bulk'],
  ['/api/conversations/:id', (f) => `/api/conversations/${f.acme.open}`],
  ['/api/conversations/:id/messages', (f) => `/api/conversations/${f.acme.open}/messages`],
  ['/api/conversations/:id/spam', (f) => `/api/conversations/${f.acme.open}/spam`],
  ['/api/inbound', () => '/api/inbound'],
  ['/api/webhooks', () => '/api/webhooks'],
  ['/api/org/settings', () => '/api/org/settings'],
  ['/api/events', () => '/api/events'],
];

/** Known methods where the path does not take them (a body that would change something). */
const MISPLACED: readonly [string, string, (f: Fixture) => string][] = [
  ['DELETE', '/api/conversations', () => '/api/conversations'],
  ['POST', '/api/conversations/:id', (f) => `/api/conversations/${f.acme.open}`],
  ['PATCH', '/api/conversations/bulk', () => '/api/conversations/bulk'],
  ['GET', '/api/conversations/bulk', () => '/api/conversations/bulk'],
  ['POST', '/api/conversations/counts', () => '/api/conversations/counts'],
  ['PATCH', '/api/conversations/:id/messages', (f) => `/api/conversations/${f.acme.open}/messages`],
  [
    'DELETE',
    '/api/conversations/:id/messages',
    (f) => `/api/conversations/${f.acme.open}/messages`,
  ],
  ['PATCH', '/api/conversations/:id/tags', (f) => `/api/conversations/${f.acme.open}/tags`],
  [
    'DELETE',
    '/api/conversations/:id/followers/2',
    (f) => `/api/conversations/${f.acme.open}/followers/2`,
  ],
  ['DELETE', '/api/org/settings', () => '/api/org/settings'],
  ['POST', '/api/org/settings', () => '/api/org/settings'],
  ['DELETE', '/api/me', () => '/api/me'],
  ['PATCH', '/api/webhooks', () => '/api/webhooks'],
  ['DELETE', '/api/webhooks', () => '/api/webhooks'],
  ['POST', '/api', () => '/api'],
  ['GET', '/api/', () => '/api/'],
];

const BODY = JSON.stringify({ status: 'closed', body: 'x', type: 'chat' });
const hasBody = (method: string) => method !== 'GET' && method !== 'OPTIONS';

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const method of METHODS) {
    for (const [name, path] of PATHS) {
      all.push({
        name: `${method} ${name}`,
        request: (f) => ({
          method,
          path: path(f),
          as: 'admin',
          ...(hasBody(method) ? { headers: JSON_TYPE, body: BODY } : {}),
        }),
        expect: { status: 404 },
      });
    }
    all.push({
      name: `${method} without a session`,
      request: (f) => ({ method, path: `/api/conversations/${f.acme.open}`, as: 'anonymous' }),
      expect: { status: 401 },
    });
  }
  for (const [method, name, path] of MISPLACED) {
    all.push({
      name: `${method} ${name}`,
      request: (f) => ({
        method,
        path: path(f),
        as: 'admin',
        ...(hasBody(method) ? { headers: JSON_TYPE, body: BODY } : {}),
      }),
      expect: { status: 404 },
    });
  }
  return all;
}

export const unknownMethods: Family = {
  name: 'unknown methods',
  attack: 'methods and method/path pairs no route takes, hoping one falls through to a handler',
  cases: cases(),
};
