// Another org's ids on every :id route, with a body that would change the row: Globex's agent on
// Acme's conversations and Acme's agents on Globex's. An org's ids do not exist for another org,
// so the answer is the 404 of a missing row; ids inside bodies (links, assignees, teams, bulk,
// inbound) are as absent as any unknown id.
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import { agentId, type Fixture, type OrgTargets } from '../fixture';
import {
  JSON_TYPE,
  HOUR_MS,
  type CaseRequest,
  type Family,
  type HostileCase,
} from '../hostile-case';

type Route = readonly [
  name: string,
  request: (victim: OrgTargets, f: Fixture) => Omit<CaseRequest, 'as'>,
];

const conv = (t: OrgTargets, suffix = '') => `/api/conversations/${t.open}${suffix}`;
const json = (method: string, path: string, body: unknown) => ({
  method,
  path,
  headers: JSON_TYPE,
  body: JSON.stringify(body),
});

const ROUTES: readonly Route[] = [
  ['GET', (t) => ({ method: 'GET', path: conv(t) })],
  ['GET messages', (t) => ({ method: 'GET', path: conv(t, '/messages') })],
  ['PATCH', (t) => json('PATCH', conv(t), { status: 'closed', priority: 'urgent' })],
  [
    'POST a reply',
    (t) => json('POST', conv(t, '/messages'), { type: 'chat', body: 'Hi from afar' }),
  ],
  ['POST a note', (t) => json('POST', conv(t, '/messages'), { type: 'note', body: 'Snooping' })],
  ['POST snooze', (t, f) => json('POST', conv(t, '/snooze'), { until: f.now + HOUR_MS })],
  ['DELETE snooze', (t) => ({ method: 'DELETE', path: conv(t, '/snooze') })],
  ['POST spam', (t) => ({ method: 'POST', path: conv(t, '/spam') })],
  ['DELETE spam', (t) => ({ method: 'DELETE', path: conv(t, '/spam') })],
  ['POST tags', (t) => json('POST', conv(t, '/tags'), { name: 'foreign' })],
  ['DELETE a tag', (t) => ({ method: 'DELETE', path: conv(t, '/tags/vip') })],
  ['POST followers', (t) => ({ method: 'POST', path: conv(t, '/followers') })],
  ['DELETE followers/me', (t) => ({ method: 'DELETE', path: conv(t, '/followers/me') })],
  [
    'POST a new ticket',
    (t) => json('POST', conv(t, '/links'), { type: 'ticket', title: 'Foreign' }),
  ],
  ['POST a link', (t) => json('POST', conv(t, '/links'), { type: 'conversation', id: t.other })],
  ['POST sync', (t) => ({ method: 'POST', path: conv(t, '/sync') })],
  ['POST /sync typed', (t) => json('POST', conv(t, '/messages'), { type: 'chat', body: '/sync' })],
  [
    'POST bulk close',
    (t) => json('POST', '/api/conversations/bulk', { action: 'close', ids: [t.open] }),
  ],
];

function crossOrg(
  label: string,
  as: 'gina' | 'alex' | 'admin',
  victim: (f: Fixture) => OrgTargets,
): HostileCase[] {
  return ROUTES.map(([name, request]) => ({
    name: `${label}: ${name}`,
    request: (f) => ({ ...request(victim(f), f), as }),
    expect: { status: 404 },
  }));
}

const inOwnOrg: HostileCase[] = [
  {
    name: "Globex links its conversation to Acme's",
    request: (f) => ({
      ...json('POST', conv(f.globex, '/links'), { type: 'conversation', id: f.acme.open }),
      as: 'gina',
    }),
    expect: { status: 422 },
  },
  {
    name: "Globex links Acme's ticket",
    request: (f) => ({
      ...json('POST', conv(f.globex, '/links'), { type: 'ticket', id: f.acmeTicketId }),
      as: 'gina',
    }),
    expect: { status: 422 },
  },
  {
    name: "Acme assigns a conversation to Globex's agent",
    request: (f) => ({
      ...json('PATCH', conv(f.acme), { assigneeId: agentId(f.globex, 'gina') }),
      as: 'alex',
    }),
    expect: { status: 422 },
  },
  {
    name: "Acme assigns a conversation to Globex's team",
    request: (f) => ({ ...json('PATCH', conv(f.acme), { teamId: f.globex.teamId }), as: 'alex' }),
    expect: { status: 422 },
  },
  {
    name: 'Acme bulk-closes its conversation together with a Globex one',
    request: (f) => ({
      ...json('POST', '/api/conversations/bulk', {
        action: 'close',
        ids: [f.acme.open, f.globex.open],
      }),
      as: 'alex',
    }),
    expect: { status: 404 },
  },
  {
    name: "Globex's inbox token posts into Acme's conversation",
    request: (f) => ({
      ...json('POST', '/api/inbound', {
        channel: 'chat',
        contact: { email: 'crossing@customers.test' },
        body: 'hi',
        conversationId: f.acme.open,
      }),
      as: 'anonymous',
      headers: { ...JSON_TYPE, authorization: `Bearer ${DEMO_TOKENS.globex}` },
    }),
    expect: { status: 404 },
  },
  {
    name: "Acme's admin deletes Globex's webhook",
    request: (f) => ({
      method: 'DELETE',
      path: `/api/webhooks/${f.globex.webhookId}`,
      as: 'admin',
    }),
    expect: { status: 404 },
  },
];

export const foreignIds: Family = {
  name: 'foreign ids',
  attack: "another org's ids on every route, with a session that is valid in its own org",
  cases: [
    ...crossOrg('Globex agent on Acme', 'gina', (f) => f.acme),
    ...crossOrg('Acme agent on Globex', 'alex', (f) => f.globex),
    {
      name: 'Acme admin deletes a Globex conversation',
      request: (f) => ({ method: 'DELETE', path: conv(f.globex), as: 'admin' }),
      expect: { status: 404 },
    },
    {
      name: 'Acme admin deletes a Globex conversation with its metrics',
      request: (f) => ({
        method: 'DELETE',
        path: `${conv(f.globex)}?retain_metrics=false`,
        as: 'admin',
      }),
      expect: { status: 404 },
    },
    ...inOwnOrg,
  ],
};
