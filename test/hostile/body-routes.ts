// Every route that reads a JSON body, with a body it would accept and the kind of every field.
// The valid bodies all change something when accepted, so a hostile variant that slipped through
// would show in the digest as well as in the status.
import { INBOUND_MAX_BYTES, SETTINGS_LIMITS } from '../../src/api';
import type { Who } from '../api/harness';
import { DEMO_TOKENS } from '../../src/backend/demo-data';
import { agentId, type Fixture } from './fixture';
import { HOUR_MS } from './hostile-case';

export type FieldKind =
  | { type: 'string' }
  /** Free text that must not be blank. */
  | { type: 'text' }
  | { type: 'enum' }
  | { type: 'email' }
  | { type: 'url' }
  | { type: 'hex-color' }
  | { type: 'id'; nullable?: boolean }
  | { type: 'timestamp' }
  | { type: 'int'; min: number; max: number }
  | { type: 'id-array' }
  | { type: 'enum-array' }
  | { type: 'object' };

export interface Field {
  path: readonly string[];
  kind: FieldKind;
}

export interface BodyRoute {
  key: string;
  method: 'POST' | 'PATCH';
  as: Who | 'anonymous';
  path: (f: Fixture) => string;
  headers?: Record<string, string>;
  valid: (f: Fixture) => Record<string, unknown>;
  fields: readonly Field[];
  /** The route's body cap, where it is not MAX_BODY_BYTES (a contact's message with files). */
  maxBytes?: number;
}

const conv = (f: Fixture, suffix = '') => `/api/conversations/${f.acme.open}${suffix}`;
const f1 = (path: string, kind: FieldKind): Field => ({ path: path.split('.'), kind });
const until = (f: Fixture) => f.now + HOUR_MS;

export const INBOUND_AUTH = { authorization: `Bearer ${DEMO_TOKENS.acme}` } as const;

export const BODY_ROUTES: readonly BodyRoute[] = [
  {
    key: 'sign-in',
    method: 'POST',
    as: 'anonymous',
    path: () => '/api/session',
    valid: () => ({ email: 'alex@acme.test', password: 'demo-password' }),
    fields: [f1('email', { type: 'string' }), f1('password', { type: 'string' })],
  },
  {
    key: 'message',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/messages'),
    valid: () => ({ type: 'note', body: 'A hostile note', idempotencyKey: 'hostile-key' }),
    fields: [
      f1('type', { type: 'enum' }),
      f1('body', { type: 'text' }),
      f1('idempotencyKey', { type: 'string' }),
    ],
  },
  {
    key: 'patch',
    method: 'PATCH',
    as: 'alex',
    path: (f) => conv(f),
    valid: (f) => ({
      status: 'pending',
      priority: 'urgent',
      assigneeId: agentId(f.acme, 'sam'),
      teamId: f.acme.teamId,
    }),
    fields: [
      f1('status', { type: 'enum' }),
      f1('priority', { type: 'enum' }),
      f1('assigneeId', { type: 'id', nullable: true }),
      f1('teamId', { type: 'id', nullable: true }),
    ],
  },
  {
    key: 'presence',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/presence'),
    valid: () => ({ state: 'typing' }),
    fields: [f1('state', { type: 'enum' })],
  },
  {
    key: 'notifications-read',
    method: 'POST',
    as: 'alex',
    path: () => '/api/notifications/read',
    valid: () => ({ ids: [1] }),
    fields: [f1('ids', { type: 'id-array' })],
  },
  {
    key: 'snooze',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/snooze'),
    valid: (f) => ({ until: until(f) }),
    fields: [f1('until', { type: 'timestamp' })],
  },
  {
    key: 'merge',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/merge'),
    valid: (f) => ({ intoId: f.acme.other }),
    fields: [f1('intoId', { type: 'id' })],
  },
  {
    key: 'tag',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/tags'),
    valid: () => ({ name: 'hostile', color: '#22c55e' }),
    fields: [f1('name', { type: 'string' }), f1('color', { type: 'hex-color' })],
  },
  {
    key: 'link-conversation',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/links'),
    valid: (f) => ({ type: 'conversation', id: f.acme.other }),
    fields: [f1('type', { type: 'enum' }), f1('id', { type: 'id' })],
  },
  {
    key: 'link-new-ticket',
    method: 'POST',
    as: 'alex',
    path: (f) => conv(f, '/links'),
    valid: () => ({ type: 'ticket', title: 'A hostile ticket' }),
    fields: [f1('title', { type: 'text' })],
  },
  {
    key: 'bulk-close',
    method: 'POST',
    as: 'alex',
    path: () => '/api/conversations/bulk',
    valid: (f) => ({ action: 'close', ids: [f.acme.open] }),
    fields: [f1('action', { type: 'enum' }), f1('ids', { type: 'id-array' })],
  },
  {
    key: 'bulk-snooze',
    method: 'POST',
    as: 'alex',
    path: () => '/api/conversations/bulk',
    valid: (f) => ({ action: 'snooze', until: until(f), ids: [f.acme.open] }),
    fields: [f1('until', { type: 'timestamp' })],
  },
  {
    key: 'bulk-tag',
    method: 'POST',
    as: 'alex',
    path: () => '/api/conversations/bulk',
    valid: (f) => ({ action: 'tag', name: 'hostile', color: '#22c55e', ids: [f.acme.open] }),
    fields: [f1('name', { type: 'string' }), f1('color', { type: 'hex-color' })],
  },
  {
    // No token of a live change exists when the cases run: the body is well formed, and every
    // hostile variant of it must be refused before a token is even looked up.
    key: 'undo',
    method: 'POST',
    as: 'alex',
    path: () => '/api/undo',
    valid: () => ({ token: 'hostile-undo-token' }),
    fields: [f1('token', { type: 'string' })],
  },
  {
    key: 'inbound',
    method: 'POST',
    as: 'anonymous',
    headers: INBOUND_AUTH,
    path: () => '/api/inbound',
    maxBytes: INBOUND_MAX_BYTES,
    valid: () => ({
      channel: 'chat',
      contact: { email: 'hostile@customers.test', name: 'Hostile Contact' },
      body: 'Hello from a hostile contact',
    }),
    fields: [
      f1('channel', { type: 'enum' }),
      f1('contact', { type: 'object' }),
      f1('contact.email', { type: 'email' }),
      f1('contact.name', { type: 'string' }),
      f1('body', { type: 'text' }),
      f1('conversationId', { type: 'id' }),
    ],
  },
  {
    key: 'webhook',
    method: 'POST',
    as: 'admin',
    path: () => '/api/webhooks',
    valid: () => ({
      url: 'https://hooks.example.com/hostile',
      events: ['conversation_push'],
      secret: 'sixteen-chars-or-more',
    }),
    fields: [
      f1('url', { type: 'url' }),
      f1('events', { type: 'enum-array' }),
      f1('secret', { type: 'string' }),
    ],
  },
  {
    key: 'api-token',
    method: 'POST',
    as: 'admin',
    path: () => '/api/tokens',
    valid: () => ({ name: 'Hostile sync', scopes: ['conversations:read'] }),
    fields: [f1('name', { type: 'string' }), f1('scopes', { type: 'enum-array' })],
  },
  {
    key: 'settings',
    method: 'PATCH',
    as: 'admin',
    path: () => '/api/org/settings',
    // Not the defaults, so an accepted patch would change the digest.
    valid: () => ({
      inactivitySeconds: 900,
      emailAutoResolveDays: 14,
      chatNewConversationAfterHours: 48,
    }),
    fields: (Object.keys(SETTINGS_LIMITS) as (keyof typeof SETTINGS_LIMITS)[]).map((key) =>
      f1(key, { type: 'int', ...SETTINGS_LIMITS[key] }),
    ),
  },
  {
    key: 'agent',
    method: 'PATCH',
    as: 'admin',
    path: (f) => `/api/agents/${agentId(f.acme, 'sam')}`,
    valid: (f) => ({ capacity: 7, teamIds: [f.acme.teamId] }),
    // teamIds is left out: an empty list is valid here (no teams).
    fields: [f1('capacity', { type: 'int', min: 0, max: 1000 })],
  },
  {
    key: 'playbook-send',
    method: 'POST',
    as: 'alex',
    path: () => '/api/playbooks/send',
    valid: () => ({
      playbookId: 3,
      body: 'A hostile playbook',
      contacts: [{ email: 'hostile-playbook@customers.test', name: 'Hostile' }],
    }),
    fields: [f1('playbookId', { type: 'id' }), f1('body', { type: 'text' })],
  },
  {
    key: 'inbound-close',
    method: 'POST',
    as: 'anonymous',
    headers: INBOUND_AUTH,
    path: () => '/api/inbound/close',
    valid: (f) => ({ conversationId: f.acme.open }),
    fields: [f1('conversationId', { type: 'id' })],
  },
  {
    key: 'saved-view',
    method: 'POST',
    as: 'alex',
    path: () => '/api/views',
    valid: () => ({ name: 'Hostile view', filter: { view: 'all', priority: 'urgent' } }),
    fields: [f1('name', { type: 'text' }), f1('filter', { type: 'object' })],
  },
  {
    key: 'saved-reply',
    method: 'POST',
    as: 'admin',
    path: () => '/api/saved-replies',
    valid: () => ({ name: 'Hostile reply', body: 'Hi {{contact.firstName}}' }),
    fields: [f1('name', { type: 'text' }), f1('body', { type: 'text' })],
  },
];

/** The first free-text field of a route, where text-level attacks (NUL, surrogates) go. */
export function textField(route: BodyRoute): Field | undefined {
  return route.fields.find((fd) => ['string', 'text'].includes(fd.kind.type));
}

const SLOT = '@@hostile-slot@@';

/**
 * The route's valid body as JSON text with the field at `path` replaced by raw JSON text, so a
 * case can send what JSON.stringify never writes (`1e309`, `-0`, duplicate-free nesting).
 */
export function bodyWith(valid: Record<string, unknown>, path: readonly string[], raw: string) {
  const copy: Record<string, unknown> = structuredClone(valid);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) throw new Error(`no object at ${key}`);
    at = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty field path');
  at[last] = SLOT;
  return JSON.stringify(copy).replace(JSON.stringify(SLOT), () => raw);
}
