// Cross-site request forgery: what a page on another site can make a signed-in browser send. A
// form or `fetch(no-cors)` can only send "simple" bodies (text/plain, urlencoded, multipart), which
// every state-changing route refuses (400). Any state change a browser marks as coming from
// another origin (Sec-Fetch-Site other than same-origin, or an Origin that is not the app's: another
// site, another port of the same host, `null`) is refused outright (403), body or not, bearer-token
// /api/inbound and /api/inbound/close aside. A CORS preflight gets no permission.
import { BODY_ROUTES } from '../body-routes';
import {
  JSON_TYPE,
  type CaseBody,
  type CaseRequest,
  type Family,
  type HostileCase,
} from '../hostile-case';
import type { Fixture } from '../fixture';

interface Target {
  name: string;
  as: CaseRequest['as'];
  method: string;
  path: (f: Fixture) => string;
  hasBody: boolean;
  /** The JSON the route would accept (none for routes without a body). */
  json: (f: Fixture) => string | undefined;
  headers?: Record<string, string>;
  /** Bearer-token routes are meant to be called from other origins. */
  crossSiteAllowed?: boolean;
}

const conv = (f: Fixture, suffix = '') => `/api/conversations/${f.acme.open}${suffix}`;
const bodyless = (
  name: string,
  method: string,
  path: (f: Fixture) => string,
  as: CaseRequest['as'] = 'alex',
): Target => ({ name, as, method, path, hasBody: false, json: () => undefined });

const TARGETS: readonly Target[] = [
  ...BODY_ROUTES.map((r): Target => ({
    name: r.key,
    as: r.as,
    method: r.method,
    path: r.path,
    hasBody: true,
    json: (f) => JSON.stringify(r.valid(f)),
    ...(r.headers ? { headers: r.headers } : {}),
    ...(r.key === 'inbound' || r.key === 'inbound-close' ? { crossSiteAllowed: true } : {}),
  })),
  bodyless('mark spam', 'POST', (f) => conv(f, '/spam')),
  bodyless('follow', 'POST', (f) => conv(f, '/followers')),
  bodyless('sync', 'POST', (f) => conv(f, '/sync')),
  bodyless('delete a conversation', 'DELETE', (f) => conv(f), 'admin'),
  bodyless('delete a webhook', 'DELETE', (f) => `/api/webhooks/${f.acme.webhookId}`, 'admin'),
  bodyless('sign out', 'DELETE', () => '/api/session'),
];

interface Variant {
  name: string;
  status: number;
  headers: Record<string, string>;
  body: (json: string | undefined) => CaseBody;
  /** Applies to routes without a body too (a form always sends a body and a type). */
  all?: boolean;
}

const form = (json: string | undefined) => {
  const data = new FormData();
  data.set('payload', json ?? '');
  return data;
};

const VARIANTS: readonly Variant[] = [
  {
    name: 'text/plain',
    status: 400,
    headers: { 'content-type': 'text/plain' },
    body: (j) => j ?? '',
    all: true,
  },
  {
    name: 'text/plain;charset=UTF-8',
    status: 400,
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    body: (j) => j ?? '',
  },
  {
    name: 'a urlencoded form',
    status: 400,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: (j) => `payload=${encodeURIComponent(j ?? '')}`,
    all: true,
  },
  // FormData sets its own multipart type with a boundary.
  { name: 'a multipart form', status: 400, headers: {}, body: form, all: true },
  {
    name: 'bytes with no type',
    status: 400,
    headers: {},
    body: (j) => new TextEncoder().encode(j ?? '{}'),
  },
];

/** The app is served from http://parley.test (the harness's origin). */
const FOREIGN: readonly [from: string, headers: Record<string, string>][] = [
  ['a cross-site page', { 'sec-fetch-site': 'cross-site' }],
  ['another port of the same host', { origin: 'http://parley.test:5173' }],
  [
    'another port, as the browser marks it',
    { origin: 'http://parley.test:5173', 'sec-fetch-site': 'same-site' },
  ],
  ['a sibling subdomain', { origin: 'http://evil.parley.test', 'sec-fetch-site': 'same-site' }],
  ['the same host over https', { origin: 'https://parley.test' }],
  ['a sandboxed frame (Origin: null)', { origin: 'null' }],
];

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const t of TARGETS) {
    for (const v of VARIANTS) {
      if (!t.hasBody && !v.all) continue;
      all.push({
        name: `${t.name} as ${v.name}`,
        request: (f) => ({
          method: t.method,
          path: t.path(f),
          as: t.as,
          headers: { ...t.headers, ...v.headers },
          body: v.body(t.json(f)),
        }),
        expect: { status: v.status },
      });
    }
    if (t.crossSiteAllowed) continue;
    for (const [from, headers] of FOREIGN) {
      all.push({
        name: `${t.name} as JSON from ${from}`,
        request: (f) => {
          const json = t.json(f);
          return {
            method: t.method,
            path: t.path(f),
            as: t.as,
            headers: { ...(json ? JSON_TYPE : {}), ...t.headers, ...headers },
            ...(json ? { body: json } : {}),
          };
        },
        expect: { status: 403 },
      });
    }
  }
  all.push({
    name: 'a CORS preflight from another origin gets no permission',
    request: (f) => ({
      method: 'OPTIONS',
      path: conv(f),
      as: 'anonymous',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'content-type',
      },
    }),
    expect: { status: 401 },
  });
  return all;
}

export const csrf: Family = {
  name: 'CSRF',
  attack: 'state changes a page on another site can make a signed-in browser send',
  cases: cases(),
};
