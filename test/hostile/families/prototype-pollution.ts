// Prototype-pollution keys in bodies (top level and nested) and in query strings. Strict schemas
// refuse the unknown keys; lenient query strings ignore them; either way Object.prototype must be
// untouched afterwards (the runner checks after every case) and nothing may change.
import { BODY_ROUTES } from '../body-routes';
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';
import { expectRows } from '../expect-rows';

const POISONS = [
  '"__proto__":{"polluted":true}',
  '"constructor":{"prototype":{"polluted":true}}',
  '"prototype":{"polluted":true}',
];

/** The valid body as text with `member` written first, where JSON.stringify cannot put it. */
const prefixed = (json: string, member: string) => `{${member},${json.slice(1)}`;

function bodyCases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const route of BODY_ROUTES) {
    for (const poison of POISONS) {
      all.push({
        name: `${route.key}: body with ${poison.slice(0, poison.indexOf(':'))}`,
        request: (f) => ({
          method: route.method,
          path: route.path(f),
          as: route.as,
          headers: { ...JSON_TYPE, ...route.headers },
          body: prefixed(JSON.stringify(route.valid(f)), poison),
        }),
        expect: { status: 400 },
      });
    }
  }
  for (const poison of POISONS) {
    all.push({
      name: `inbound: contact with ${poison.slice(0, poison.indexOf(':'))}`,
      request: () => ({
        method: 'POST',
        path: '/api/inbound',
        as: 'anonymous',
        headers: { ...JSON_TYPE, authorization: 'Bearer acme-demo-inbox-token' },
        body: `{"channel":"chat","contact":{${poison},"email":"p@customers.test"},"body":"hi"}`,
      }),
      expect: { status: 400 },
    });
  }
  return all;
}

const READ_QUERIES = [
  '__proto__[polluted]=1',
  '__proto__.polluted=1',
  'constructor[prototype][polluted]=1',
  '__proto__=x',
  'constructor=x&prototype=x',
];

function queryCases(): HostileCase[] {
  const all: HostileCase[] = [];
  // Query strings are lenient (proxies add parameters): unknown keys are ignored, not refused.
  for (const q of READ_QUERIES) {
    all.push({
      name: `list with ?${q}`,
      request: () => ({ method: 'GET', path: `/api/conversations?${q}`, as: 'alex' }),
      expect: { status: 200 },
    });
    all.push({
      name: `thread, newest first, with ?${q}`,
      request: (f) => ({
        method: 'GET',
        path: `/api/conversations/${f.acme.open}/messages?order=newest&${q}`,
        as: 'alex',
      }),
      expect: { status: 200 },
    });
    all.push({
      name: `state change with ?${q} and a bad body`,
      request: (f) => ({
        method: 'PATCH',
        path: `/api/conversations/${f.acme.open}?${q}`,
        as: 'alex',
        headers: JSON_TYPE,
        body: '{"status":"nope"}',
      }),
      expect: { status: 400 },
    });
  }
  for (const name of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']) {
    all.push({
      name: `list filtered by tag ${name}`,
      request: () => ({
        method: 'GET',
        path: `/api/conversations?view=all&tag=${name}`,
        as: 'alex',
      }),
      expect: { status: 200, check: expectRows(0) },
    });
    all.push({
      name: `list searching for ${name}`,
      request: () => ({ method: 'GET', path: `/api/conversations?view=all&q=${name}`, as: 'alex' }),
      expect: { status: 200, check: expectRows(0) },
    });
    for (const key of ['view', 'sort', 'assignee', 'limit']) {
      all.push({
        name: `list with ${key}=${name}`,
        request: () => ({ method: 'GET', path: `/api/conversations?${key}=${name}`, as: 'alex' }),
        expect: { status: 400 },
      });
    }
    all.push({
      name: `thread with order=${name}`,
      request: (f) => ({
        method: 'GET',
        path: `/api/conversations/${f.acme.open}/messages?order=${name}`,
        as: 'alex',
      }),
      expect: { status: 400 },
    });
    all.push({
      name: `removing the tag ${name} (a no-op)`,
      request: (f) => ({
        method: 'DELETE',
        path: `/api/conversations/${f.acme.open}/tags/${name}`,
        as: 'alex',
      }),
      expect: { status: 200 },
    });
  }
  return all;
}

export const prototypePollution: Family = {
  name: 'prototype pollution',
  attack: '__proto__, constructor and prototype keys in bodies and query strings',
  cases: [...bodyCases(), ...queryCases()],
};
