// Ids in the path that a lenient parser (parseInt, Number, a router that decodes too early) would
// read as a real conversation's id, on every :id route with a body that would change it. They all
// name nothing: 404, like an id that does not exist. `..` and `%2e%2e` are resolved by URL parsing
// before routing, so they land on routes that do not exist, which is also a 404.
import {
  JSON_TYPE,
  HOUR_MS,
  type CaseRequest,
  type Family,
  type HostileCase,
} from '../hostile-case';
import type { Fixture } from '../fixture';

type Trick = readonly [name: string, make: (id: number) => string];

const toDigits = (id: number, zero: number) =>
  String(id).replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

export const TRICKS: readonly Trick[] = [
  ['..', () => '..'],
  ['%2e%2e', () => '%2e%2e'],
  ['.%2E', () => '.%2E'],
  ['id%2F..%2Fid', (id) => `${id}%2F..%2F${id}`],
  ['id%2F', (id) => `${id}%2F`],
  ['id;DROP', (id) => `${id};DROP`],
  ['id%3B DROP', (id) => `${id}%3B%20DROP`],
  ['0x(hex id)', (id) => `0x${id.toString(16)}`],
  ['id e0', (id) => `${id}e0`],
  ['1e3', () => '1e3'],
  ['+id', (id) => `+${id}`],
  ['%20id', (id) => `%20${id}`],
  ['id%20', (id) => `${id}%20`],
  ['id%0A', (id) => `${id}%0A`],
  ['id%09', (id) => `${id}%09`],
  ['id%00', (id) => `${id}%00`],
  ['0id', (id) => `0${id}`],
  ['id.0', (id) => `${id}.0`],
  ['-id', (id) => `-${id}`],
  ['0', () => '0'],
  ['Arabic-Indic digits', (id) => encodeURIComponent(toDigits(id, 0x660))],
  ['full-width digits', (id) => encodeURIComponent(toDigits(id, 0xff10))],
  ['2^31', () => '2147483648'],
  ['2^53+1', () => '9007199254740993'],
  ['5,000 digits', () => '9'.repeat(5000)],
  ['id/ (trailing slash)', (id) => `${id}/`],
];

interface IdRoute {
  name: string;
  as: 'alex' | 'admin';
  request: (id: string, f: Fixture) => Omit<CaseRequest, 'as'>;
  /** Which id the trick disguises. */
  target: (f: Fixture) => number;
}

const conv = (id: string, suffix = '') => `/api/conversations/${id}${suffix}`;
const withBody = (method: string, path: string, body: unknown) => ({
  method,
  path,
  headers: JSON_TYPE,
  body: JSON.stringify(body),
});
const open = (f: Fixture) => f.acme.open;

const ROUTES: readonly IdRoute[] = [
  { name: 'GET', as: 'alex', target: open, request: (id) => ({ method: 'GET', path: conv(id) }) },
  {
    name: 'PATCH',
    as: 'alex',
    target: open,
    request: (id) => withBody('PATCH', conv(id), { status: 'closed' }),
  },
  {
    name: 'DELETE',
    as: 'admin',
    target: open,
    request: (id) => ({ method: 'DELETE', path: conv(id) }),
  },
  {
    name: 'GET messages',
    as: 'alex',
    target: open,
    request: (id) => ({ method: 'GET', path: conv(id, '/messages') }),
  },
  {
    name: 'POST messages',
    as: 'alex',
    target: open,
    request: (id) => withBody('POST', conv(id, '/messages'), { type: 'note', body: 'x' }),
  },
  {
    name: 'POST snooze',
    as: 'alex',
    target: open,
    request: (id, f) => withBody('POST', conv(id, '/snooze'), { until: f.now + HOUR_MS }),
  },
  {
    name: 'POST spam',
    as: 'alex',
    target: open,
    request: (id) => ({ method: 'POST', path: conv(id, '/spam') }),
  },
  {
    name: 'POST tags',
    as: 'alex',
    target: open,
    request: (id) => withBody('POST', conv(id, '/tags'), { name: 'tricked' }),
  },
  {
    name: 'POST followers',
    as: 'alex',
    target: open,
    request: (id) => ({ method: 'POST', path: conv(id, '/followers') }),
  },
  {
    name: 'POST links',
    as: 'alex',
    target: open,
    request: (id) => withBody('POST', conv(id, '/links'), { type: 'ticket', title: 'tricked' }),
  },
  {
    name: 'POST sync',
    as: 'alex',
    target: open,
    request: (id) => ({ method: 'POST', path: conv(id, '/sync') }),
  },
  {
    name: 'DELETE webhook',
    as: 'admin',
    target: (f) => f.acme.webhookId,
    request: (id) => ({ method: 'DELETE', path: `/api/webhooks/${id}` }),
  },
];

function cases(): HostileCase[] {
  return ROUTES.flatMap((route) =>
    TRICKS.map(([trick, make]): HostileCase => ({
      name: `${route.name} with id ${trick}`,
      request: (f) => ({ ...route.request(make(route.target(f)), f), as: route.as }),
      expect: { status: 404 },
    })),
  );
}

export const pathTricks: Family = {
  name: 'path tricks',
  attack: 'ids a lenient parser or an early-decoding router would turn into a real id',
  cases: cases(),
};
