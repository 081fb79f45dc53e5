// Fields, lists and numbers one past their limits, inside bodies well under 1 MB: each answers 400
// (26 conversations in one bulk request and a tag name of 51 are the domain's rules, 422), so no
// field can grow a row, an index entry or a response without bound, and no number can overflow a
// PostgreSQL column.
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import {
  JSON_TYPE,
  HOUR_MS,
  type CaseRequest,
  type Family,
  type HostileCase,
} from '../hostile-case';
import type { Fixture } from '../fixture';

const x = (n: number) => 'x'.repeat(n);
const post = (path: string, body: unknown, as: CaseRequest['as'] = 'alex', extra = {}) => ({
  method: 'POST',
  path,
  as,
  headers: { ...JSON_TYPE, ...extra },
  body: JSON.stringify(body),
});
const conv = (f: Fixture, suffix: string) => `/api/conversations/${f.acme.open}${suffix}`;
const inbound = (body: unknown) =>
  post('/api/inbound', body, 'anonymous', { authorization: `Bearer ${DEMO_TOKENS.acme}` });
const contact = { email: 'long@customers.test' };
const ids = (n: number, f: Fixture) => Array.from({ length: n }, (_, i) => f.acme.open + i);

/** A cursor as the API encodes them (base64url JSON), with values it never gives out. */
const cursor = (value: object) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

type Over = readonly [name: string, status: number, request: (f: Fixture) => CaseRequest];

const OVER: readonly Over[] = [
  ['a tag name of 51', 422, (f) => post(conv(f, '/tags'), { name: x(51) })],
  ['a tag name of 51 once trimmed', 422, (f) => post(conv(f, '/tags'), { name: ` ${x(51)} ` })],
  [
    'a bulk tag name of 51',
    422,
    (f) => post('/api/conversations/bulk', { action: 'tag', name: x(51), ids: [f.acme.open] }),
  ],
  ['a reply of 20,001', 400, (f) => post(conv(f, '/messages'), { type: 'chat', body: x(20_001) })],
  ['a note of 20,001', 400, (f) => post(conv(f, '/messages'), { type: 'note', body: x(20_001) })],
  // Limits count characters (code points), not UTF-16 units.
  [
    'a reply of 20,001 emoji',
    400,
    (f) => post(conv(f, '/messages'), { type: 'chat', body: '😀'.repeat(20_001) }),
  ],
  [
    'an idempotency key of 201',
    400,
    (f) => post(conv(f, '/messages'), { type: 'note', body: 'x', idempotencyKey: x(201) }),
  ],
  ['a ticket title of 201', 400, (f) => post(conv(f, '/links'), { type: 'ticket', title: x(201) })],
  ['an inbound body of 20,001', 400, () => inbound({ channel: 'chat', contact, body: x(20_001) })],
  [
    'a contact name of 201',
    400,
    () => inbound({ channel: 'chat', contact: { ...contact, name: x(201) }, body: 'x' }),
  ],
  [
    'a contact email of 321',
    400,
    () => inbound({ channel: 'chat', contact: { email: `${x(310)}@customers.test` }, body: 'x' }),
  ],
  [
    'a sign-in email of 321',
    400,
    () => post('/api/session', { email: `${x(311)}@acme.test`, password: 'x' }, 'anonymous'),
  ],
  [
    'a password of 1,001',
    400,
    () => post('/api/session', { email: 'long@acme.test', password: x(1001) }, 'anonymous'),
  ],
  [
    'a webhook URL of 2,001',
    400,
    () =>
      post(
        '/api/webhooks',
        { url: `https://hooks.example.com/${x(1975)}`, events: ['conversation_push'] },
        'admin',
      ),
  ],
  [
    'a webhook secret of 201',
    400,
    () =>
      post(
        '/api/webhooks',
        { url: 'https://hooks.example.com/', events: ['conversation_push'], secret: x(201) },
        'admin',
      ),
  ],
  [
    'a webhook secret of 15',
    400,
    () =>
      post(
        '/api/webhooks',
        { url: 'https://hooks.example.com/', events: ['conversation_push'], secret: x(15) },
        'admin',
      ),
  ],
  [
    '11 webhook events',
    400,
    () =>
      post(
        '/api/webhooks',
        {
          url: 'https://hooks.example.com/',
          events: Array.from({ length: 11 }, () => 'conversation_push'),
        },
        'admin',
      ),
  ],
  [
    '1,001 bulk ids',
    422,
    (f) => post('/api/conversations/bulk', { action: 'close', ids: ids(1001, f) }),
  ],
  [
    '26 bulk ids',
    422,
    (f) => post('/api/conversations/bulk', { action: 'close', ids: ids(26, f) }),
  ],
  [
    '26 bulk ids to snooze',
    422,
    (f) =>
      post('/api/conversations/bulk', {
        action: 'snooze',
        until: f.now + HOUR_MS,
        ids: ids(26, f),
      }),
  ],
  [
    'a search of 201',
    400,
    () => ({ method: 'GET', path: `/api/conversations?q=${x(201)}`, as: 'alex' }),
  ],
  [
    'a tag filter of 51',
    400,
    () => ({ method: 'GET', path: `/api/conversations?tag=${x(51)}`, as: 'alex' }),
  ],
  [
    'a cursor of 201',
    400,
    () => ({ method: 'GET', path: `/api/conversations?cursor=${x(201)}`, as: 'alex' }),
  ],
  [
    'a page of 101',
    400,
    () => ({ method: 'GET', path: '/api/conversations?limit=101', as: 'alex' }),
  ],
  [
    'a message page of 101',
    400,
    (f) => ({ method: 'GET', path: `${conv(f, '/messages')}?limit=101`, as: 'alex' }),
  ],
  [
    'an assignee id of 2^31',
    400,
    () => ({ method: 'GET', path: '/api/conversations?assignee=2147483648', as: 'alex' }),
  ],
  [
    'an assignee id of 10 nines',
    400,
    () => ({ method: 'GET', path: '/api/conversations?assignee=9999999999', as: 'alex' }),
  ],
  [
    'a cursor naming id 2^31',
    400,
    () => ({
      method: 'GET',
      path: `/api/conversations?cursor=${cursor({ u: 1, i: 2 ** 31 })}`,
      as: 'alex',
    }),
  ],
  [
    'a cursor naming a time past the last Date',
    400,
    () => ({
      method: 'GET',
      path: `/api/conversations?cursor=${cursor({ u: 8.64e15 + 1, i: 1 })}`,
      as: 'alex',
    }),
  ],
  [
    'a message cursor naming id 2^31',
    400,
    (f) => ({
      method: 'GET',
      path: `${conv(f, '/messages')}?cursor=${cursor({ i: 2 ** 31 })}`,
      as: 'alex',
    }),
  ],
  [
    'a newest-first message cursor naming id 2^31',
    400,
    (f) => ({
      method: 'GET',
      path: `${conv(f, '/messages')}?order=newest&cursor=${cursor({ b: 2 ** 31 })}`,
      as: 'alex',
    }),
  ],
  [
    'a message cursor of 201, newest first',
    400,
    (f) => ({
      method: 'GET',
      path: `${conv(f, '/messages')}?order=newest&cursor=${x(201)}`,
      as: 'alex',
    }),
  ],
  [
    'a newest-first message page of 101',
    400,
    (f) => ({ method: 'GET', path: `${conv(f, '/messages')}?order=newest&limit=101`, as: 'alex' }),
  ],
  [
    'a report over 400 days',
    400,
    () => ({
      method: 'GET',
      path: `/api/reports/summary?from=0&to=${401 * 24 * HOUR_MS}`,
      as: 'alex',
    }),
  ],
];

function cases(): HostileCase[] {
  return OVER.map(([name, status, request]) => ({ name, request, expect: { status } }));
}

export const oversizedFields: Family = {
  name: 'oversized fields',
  attack: 'every length and count limit, one past it',
  cases: cases(),
};
