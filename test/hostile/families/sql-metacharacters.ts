// SQL metacharacters in every string field and query parameter. Each case is shaped so the text
// really reaches a query (a lookup, an INSERT later rolled back) while the request as a whole must
// still be refused, so the database proves both that the SQL is parameterised and that the
// refusal wrote nothing. NUL cannot be stored by PostgreSQL at all: it answers 400 everywhere.
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import {
  ABSENT_ID,
  JSON_TYPE,
  STALE_IF_MATCH,
  type CaseRequest,
  type Family,
  type HostileCase,
} from '../hostile-case';
import type { Fixture } from '../fixture';
import { expectRows } from '../expect-rows';

export const SQL_STRINGS = [
  "' OR 1=1 --",
  '"; DROP TABLE conversations; --',
  "'; DELETE FROM messages WHERE ''='",
  "1' UNION SELECT password_hash FROM agents --",
  '%',
  '_',
  '\\',
  "\\'",
  '$1',
  'a\u0000b',
] as const;

const hasNul = (s: string) => s.includes('\u0000');
const enc = encodeURIComponent;

interface Target {
  name: string;
  /** The answer when the text carries no NUL. */
  status: number;
  /** The answer when it does; 400 unless the text never reaches a query. */
  nulStatus?: number;
  /** Header values cannot carry NUL at all. */
  noNul?: boolean;
  check?: (json: unknown) => void;
  request: (s: string, f: Fixture, i: number) => CaseRequest;
}

const post = (path: string, body: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST',
  path,
  headers: { ...JSON_TYPE, ...extra },
  body: JSON.stringify(body),
});
const inbound = (body: unknown, token: string = DEMO_TOKENS.acme) => ({
  ...post('/api/inbound', body, { authorization: `Bearer ${token}` }),
  as: 'anonymous' as const,
});
const get = (path: string) => ({ method: 'GET', path, as: 'alex' as const });

const TARGETS: readonly Target[] = [
  {
    name: 'sign-in email',
    status: 401,
    request: (s) => ({ ...post('/api/session', { email: s, password: 'x' }), as: 'anonymous' }),
  },
  {
    name: 'sign-in password',
    status: 401,
    // A different unknown email each time, so no account gets near the failure limit.
    request: (s, _f, i) => ({
      ...post('/api/session', { email: `sql-${i}@acme.test`, password: s }),
      as: 'anonymous',
    }),
  },
  {
    name: 'inbound bearer token',
    status: 401,
    noNul: true,
    request: (s) =>
      inbound({ channel: 'chat', contact: { email: 'q@customers.test' }, body: 'hi' }, s),
  },
  {
    // The contact row is inserted, then the foreign conversation id answers 404 and rolls it back.
    name: 'inbound contact name',
    status: 404,
    request: (s, f, i) =>
      inbound({
        channel: 'chat',
        contact: { email: `sql-${i}@customers.test`, name: s },
        body: 'hi',
        conversationId: f.acme.open,
      }),
  },
  {
    name: 'inbound body',
    status: 404,
    request: (s, f, i) =>
      inbound({
        channel: 'chat',
        contact: { email: `sql-body-${i}@customers.test` },
        body: s,
        conversationId: f.acme.open,
      }),
  },
  {
    // The key is looked up before the version is checked.
    name: 'message idempotency key',
    status: 409,
    request: (s, f) => ({
      ...post(
        `/api/conversations/${f.acme.open}/messages`,
        { type: 'note', body: 'x', idempotencyKey: s },
        STALE_IF_MATCH,
      ),
      as: 'alex',
    }),
  },
  {
    name: 'message body',
    status: 409,
    request: (s, f) => ({
      ...post(
        `/api/conversations/${f.acme.open}/messages`,
        { type: 'chat', body: s },
        STALE_IF_MATCH,
      ),
      as: 'alex',
    }),
  },
  {
    name: 'tag name',
    status: 409,
    request: (s, f) => ({
      ...post(`/api/conversations/${f.acme.open}/tags`, { name: s }, STALE_IF_MATCH),
      as: 'alex',
    }),
  },
  {
    // No such tag: a no-op. The name is compared, never stored, so NUL is harmless here.
    name: 'tag name in the path',
    status: 200,
    nulStatus: 200,
    request: (s, f) => ({
      method: 'DELETE',
      path: `/api/conversations/${f.acme.open}/tags/${enc(s)}`,
      as: 'alex',
    }),
  },
  {
    name: 'ticket title',
    status: 409,
    request: (s, f) => ({
      ...post(
        `/api/conversations/${f.acme.open}/links`,
        { type: 'ticket', title: s },
        STALE_IF_MATCH,
      ),
      as: 'alex',
    }),
  },
  {
    name: 'bulk tag name',
    status: 404,
    request: (s, f) => ({
      ...post('/api/conversations/bulk', { action: 'tag', name: s, ids: [f.acme.open, ABSENT_ID] }),
      as: 'alex',
    }),
  },
  {
    name: 'If-Match',
    status: 400,
    noNul: true,
    request: (s, f) => ({
      method: 'PATCH',
      path: `/api/conversations/${f.acme.open}`,
      as: 'alex',
      headers: { ...JSON_TYPE, 'if-match': s },
      body: '{"status":"closed"}',
    }),
  },
  {
    name: 'search (q)',
    status: 200,
    check: expectRows(0),
    // Behind a word found nowhere: any other word the text holds ("1" of "$1") cannot match.
    request: (s) => get(`/api/conversations?view=all&q=${enc(`qqzzxv${s}`)}`),
  },
  {
    name: 'tag filter',
    status: 200,
    check: expectRows(0),
    request: (s) => get(`/api/conversations?view=all&tag=${enc(s)}`),
  },
  { name: 'list cursor', status: 400, request: (s) => get(`/api/conversations?cursor=${enc(s)}`) },
  { name: 'assignee', status: 400, request: (s) => get(`/api/conversations?assignee=${enc(s)}`) },
  { name: 'view', status: 400, request: (s) => get(`/api/conversations?view=${enc(s)}`) },
  { name: 'limit', status: 400, request: (s) => get(`/api/conversations?limit=${enc(s)}`) },
  {
    name: 'message cursor',
    status: 400,
    request: (s, f) => get(`/api/conversations/${f.acme.open}/messages?cursor=${enc(s)}`),
  },
  {
    name: 'newest-first message cursor',
    status: 400,
    request: (s, f) =>
      get(`/api/conversations/${f.acme.open}/messages?order=newest&cursor=${enc(s)}`),
  },
  {
    name: 'message order',
    status: 400,
    request: (s, f) => get(`/api/conversations/${f.acme.open}/messages?order=${enc(s)}`),
  },
  { name: 'report from', status: 400, request: (s) => get(`/api/reports/summary?from=${enc(s)}`) },
  { name: 'event id', status: 400, request: (s) => get(`/api/events?lastEventId=${enc(s)}`) },
  {
    name: 'retain_metrics',
    status: 400,
    request: (s, f) => ({
      method: 'DELETE',
      path: `/api/conversations/${f.acme.open}?retain_metrics=${enc(s)}`,
      as: 'admin',
    }),
  },
];

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const target of TARGETS) {
    for (const [i, s] of SQL_STRINGS.entries()) {
      if (target.noNul && hasNul(s)) continue;
      const nul = hasNul(s);
      all.push({
        name: `${target.name}: ${JSON.stringify(s)}`,
        request: (f) => target.request(s, f, i),
        expect: {
          status: nul ? (target.nulStatus ?? 400) : target.status,
          ...(target.check && !nul ? { check: target.check } : {}),
        },
      });
    }
  }
  return all;
}

export const sqlMetacharacters: Family = {
  name: 'SQL metacharacters',
  attack: 'quotes, comments, LIKE wildcards, backslashes and NUL in every string that reaches SQL',
  cases: cases(),
};
