// Test support only (never imported by app code): a conversation builder, actors, settings,
// small helpers for reading a reducer outcome, and sample addresses of the app's pages.
import type { AgentActor, BotActor, ContactActor, Effect, WebhookPayload } from './events';
import type { PageName } from './pages';
import type { Outcome } from './reducer';
import { LEGACY_STATUS } from './webhooks';
import { DEFAULT_SETTINGS, HOUR_MS } from './types';
import type { Conversation, ConversationStatus, OrgSettings } from './types';

export { DAY_MS, HOUR_MS } from './types';
export const MINUTE_MS = 60 * 1000;

/** "Now" in every table: a fixed instant, so rows read as offsets from it. */
export const NOW = Date.UTC(2024, 0, 15, 12, 0, 0);

export const ORG_ID = 3;
export const CONVERSATION_ID = 42;

export const sam: AgentActor = { kind: 'agent', id: 7, name: 'Sam' };
export const alex: AgentActor = { kind: 'agent', id: 8, name: 'Alex' };
export const dana: ContactActor = { kind: 'contact', id: 100, name: 'Dana Cole' };
export const welcomeBot: BotActor = { kind: 'bot', id: 900, name: 'Welcome bot' };

export function settings(overrides: Partial<OrgSettings> = {}): OrgSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/**
 * An open, unassigned chat conversation whose last message was a minute before NOW (so nothing
 * is due on the clock). A `snoozed` status gets a `snoozedUntil` an hour after NOW unless one is
 * given, so the builder keeps the snooze invariant by default.
 */
export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  const status: ConversationStatus = overrides.status ?? 'open';
  return {
    id: CONVERSATION_ID,
    orgId: ORG_ID,
    inboxId: 5,
    contactId: dana.id,
    participants: [],
    status,
    channel: 'chat',
    createdAt: NOW - 2 * HOUR_MS,
    updatedAt: NOW - MINUTE_MS,
    lastActivityAt: NOW - MINUTE_MS,
    relatedPlaybookId: null,
    conversationTags: [],
    priority: 'none',
    assigneeId: null,
    teamId: null,
    followers: [],
    snoozedUntil: status === 'snoozed' ? NOW + HOUR_MS : null,
    links: [],
    version: 4,
    statusBeforeSpam: null,
    inactiveNotifiedAt: null,
    waitingSince: null,
    mergedInto: null,
    ...overrides,
  };
}

/** The successful branch of an outcome; throws with the reason otherwise. */
export function accepted(outcome: Outcome): Extract<Outcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected the event to be accepted, got: ${outcome.reason}`);
  return outcome;
}

export function webhooksOf(effects: readonly Effect[]): WebhookPayload[] {
  return effects.flatMap((e) => (e.kind === 'webhook' ? [e.payload] : []));
}

export function threadLinesOf(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => (e.kind === 'thread_event' ? [e.body] : []));
}

// Expected effects, spelled the way Drift's webhooks are.

export function statusUpdatedEffect(
  status: ConversationStatus,
  changedAt: number = NOW,
  c: Pick<Conversation, 'id' | 'orgId'> = { id: CONVERSATION_ID, orgId: ORG_ID },
): Effect {
  return {
    kind: 'webhook',
    payload: {
      orgId: c.orgId,
      type: 'conversation_status_updated',
      data: { conversationId: c.id, status: LEGACY_STATUS[status], changedAt },
    },
  };
}

export function pushEffect(
  type: 'conversation_manual_push' | 'conversation_inactive' | 'conversation_push',
  lastUpdated: number,
  c: Pick<Conversation, 'id' | 'orgId'> = { id: CONVERSATION_ID, orgId: ORG_ID },
): Effect {
  return {
    kind: 'webhook',
    payload: { orgId: c.orgId, type, data: { conversationId: c.id, lastUpdated } },
  };
}

export function threadEffect(body: string): Effect {
  return { kind: 'thread_event', body };
}

export const ROUTE: Effect = { kind: 'route' };
export const START_NEW: Effect = { kind: 'start_new_conversation' };

/** Freezes a conversation deeply, so a reducer that mutates its input throws in strict mode. */
export function frozen(c: Conversation): Conversation {
  for (const value of Object.values(c)) {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) Object.freeze(item);
      Object.freeze(value);
    }
  }
  return Object.freeze(c);
}

/**
 * Pathnames, and the page of PAGES each one is with its ids as written, or null: what every strict
 * reader of an address (the table's matchers, public/boot.js) must accept and reject alike.
 */
export const SAMPLE_PATHNAMES: readonly {
  pathname: string;
  page: PageName | null;
  params?: Record<string, string>;
}[] = [
  { pathname: '/inbox/1', page: 'inbox', params: { inboxId: '1' } },
  { pathname: '/inbox/1/', page: 'inbox', params: { inboxId: '1' } },
  // Digits are an id's shape; whether one is a real id is for parseId.
  { pathname: '/inbox/0', page: 'inbox', params: { inboxId: '0' } },
  {
    pathname: '/inbox/12/conversations/345',
    page: 'conversation',
    params: { inboxId: '12', conversationId: '345' },
  },
  {
    pathname: '/inbox/12/conversations/345/',
    page: 'conversation',
    params: { inboxId: '12', conversationId: '345' },
  },
  { pathname: '/', page: 'home', params: {} },
  { pathname: '/reports', page: 'reports', params: {} },
  { pathname: '/reports/', page: 'reports', params: {} },
  { pathname: '/settings', page: 'settings', params: {} },
  ...[
    '//',
    '/Reports',
    '/reports/1',
    '/settings/x',
    '/inbox',
    '/inbox/',
    '/inbox/x',
    '/inbox/1x',
    '/inbox/-1',
    '/inbox/1.5',
    '/inbox/%31',
    '/inbox//',
    '/inbox/1//',
    '/inbox/1/x',
    '/inbox/1/conversations',
    '/inbox/1/conversations/',
    '/inbox/1/conversations/x',
    '/inbox/1/conversations/2x',
    '/inbox/1/conversations/2/x',
    '/inbox/1/conversations/2//',
    '/inbox/1/messages/2',
    '/inbox//conversations/2',
    '/inbox/x/conversations/2',
    '/INBOX/1',
    '/inbox/1/Conversations/2',
    'inbox/1',
    '/x/inbox/1',
    '/x/inbox/1/conversations/2',
    '/conversations/2',
  ].map((pathname) => ({ pathname, page: null })),
];
