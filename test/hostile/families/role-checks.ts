// Agents who are not admins trying admin actions in their own org (403), and reads that must not
// hand agents what only admins see: inbox tokens and webhook secrets.
import { expect } from 'vitest';
import { JSON_TYPE, type CaseRequest, type Family, type HostileCase } from '../hostile-case';
import type { Fixture } from '../fixture';

type Action = readonly [name: string, request: (f: Fixture) => Omit<CaseRequest, 'as'>];

const ADMIN_ACTIONS: readonly Action[] = [
  [
    'delete a conversation',
    (f) => ({ method: 'DELETE', path: `/api/conversations/${f.acme.open}` }),
  ],
  [
    'delete a conversation and its metrics',
    (f) => ({ method: 'DELETE', path: `/api/conversations/${f.acme.open}?retain_metrics=false` }),
  ],
  [
    'change settings',
    () => ({
      method: 'PATCH',
      path: '/api/org/settings',
      headers: JSON_TYPE,
      body: '{"inactivitySeconds":900}',
    }),
  ],
  [
    'add a webhook',
    () => ({
      method: 'POST',
      path: '/api/webhooks',
      headers: JSON_TYPE,
      body: '{"url":"https://evil.example/","events":["conversation_push"]}',
    }),
  ],
  ['delete a webhook', (f) => ({ method: 'DELETE', path: `/api/webhooks/${f.acme.webhookId}` })],
  [
    "change an agent's capacity",
    (f) => ({
      method: 'PATCH',
      path: `/api/agents/${f.acme.agentIds['alex'] ?? 0}`,
      headers: JSON_TYPE,
      body: '{"capacity":1}',
    }),
  ],
  [
    'save a reply for the org',
    () => ({
      method: 'POST',
      path: '/api/saved-replies',
      headers: JSON_TYPE,
      body: '{"name":"mine","body":"Hello"}',
    }),
  ],
  [
    'create an API token',
    () => ({
      method: 'POST',
      path: '/api/tokens',
      headers: JSON_TYPE,
      body: '{"name":"mine","scopes":["settings"]}',
    }),
  ],
];

const NON_ADMINS = ['alex', 'sam'] as const;

function forbidden(): HostileCase[] {
  const all: HostileCase[] = NON_ADMINS.flatMap((who) =>
    ADMIN_ACTIONS.map(([name, request]): HostileCase => ({
      name: `${who} tries to ${name}`,
      request: (f) => ({ ...request(f), as: who }),
      expect: { status: 403 },
    })),
  );
  all.push({
    name: 'Globex agent tries to change settings',
    request: () => ({
      method: 'PATCH',
      path: '/api/org/settings',
      as: 'gina',
      headers: JSON_TYPE,
      body: '{"inactivitySeconds":900}',
    }),
    expect: { status: 403 },
  });
  return all;
}

function noSecrets(): HostileCase[] {
  return NON_ADMINS.flatMap((who): HostileCase[] => [
    {
      name: `${who} lists inboxes without their tokens`,
      request: () => ({ method: 'GET', path: '/api/inboxes', as: who }),
      expect: {
        status: 200,
        check: (json) => expect(JSON.stringify(json)).not.toMatch(/"token"|inbox-token/),
      },
    },
    {
      name: `${who} lists webhooks without their secrets`,
      request: () => ({ method: 'GET', path: '/api/webhooks', as: who }),
      expect: {
        status: 200,
        check: (json) => expect(JSON.stringify(json)).not.toMatch(/"secret"|16-characters/),
      },
    },
  ]);
}

export const roleChecks: Family = {
  name: 'role checks',
  attack: "an agent doing an admin's job, or reading an admin's secrets",
  cases: [...forbidden(), ...noSecrets()],
};
