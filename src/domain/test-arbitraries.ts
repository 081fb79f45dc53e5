// Test support only: fast-check arbitraries for conversations that satisfy the invariants, and
// for timed sequences of events to run through the reducer.
import fc from 'fast-check';
import type { AgentActor, ConversationEvent } from './events';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  NOW,
  alex,
  conversation,
  dana,
  sam,
  welcomeBot,
} from './test-fixtures';
import { CHANNELS, PRIORITIES, SETTABLE_STATUSES, STATUSES } from './types';
import type { Conversation, ConversationStatus, OrgSettings } from './types';

const kim: AgentActor = { kind: 'agent', id: 9, name: 'Kim' };
const agentArb = fc.constantFrom(sam, alex, kim);
const agentIdArb = agentArb.map((a) => a.id);
const tagArb = fc.record({
  name: fc.constantFrom('billing', 'Billing', 'vip', 'bug', ' refund '),
  color: fc.constantFrom('#22c55e', '#ef4444'),
});
const linkArb = fc.record({
  type: fc.constantFrom('ticket', 'conversation'),
  id: fc.integer({ min: 1, max: 50 }),
});

/** A span of time, biased towards the thresholds the rules care about. */
export const durationArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 20 * MINUTE_MS }),
  fc.integer({ min: 1, max: 2 * HOUR_MS }),
  fc.integer({ min: 20 * HOUR_MS, max: 30 * HOUR_MS }),
  fc.integer({ min: 1, max: 10 * DAY_MS }),
);

export const settingsArb: fc.Arbitrary<OrgSettings> = fc.record({
  inactivitySeconds: fc.constantFrom(60, 600, 3600),
  emailAutoResolveDays: fc.constantFrom(1, 7, 14),
  chatNewConversationAfterHours: fc.constantFrom(1, 24, 48),
});

const rememberedArb = fc.option(fc.constantFrom('open', 'pending', 'closed', 'bulk_sent'), {
  nil: null,
});

/** Any conversation that satisfies the invariants at NOW (it may be overdue for a clock rule). */
export const conversationArb: fc.Arbitrary<Conversation> = fc
  .record({
    id: fc.integer({ min: 1, max: 1000 }),
    orgId: fc.integer({ min: 1, max: 5 }),
    status: fc.constantFrom<ConversationStatus>(...STATUSES),
    channel: fc.constantFrom(...CHANNELS),
    quietFor: durationArb,
    updatedAgo: durationArb,
    snoozeOffset: fc.integer({ min: -DAY_MS, max: 3 * DAY_MS }),
    remembered: rememberedArb,
    notifiedAgo: fc.option(durationArb, { nil: null }),
    assigneeId: fc.option(agentIdArb, { nil: null }),
    teamId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    followers: fc.uniqueArray(agentIdArb, { maxLength: 3 }),
    participants: fc.uniqueArray(fc.oneof(agentIdArb, fc.constant(welcomeBot.id)), {
      maxLength: 3,
    }),
    priority: fc.constantFrom(...PRIORITIES),
    conversationTags: fc.uniqueArray(tagArb, {
      selector: (t) => t.name.trim().toLowerCase(),
      maxLength: 3,
    }),
    links: fc.uniqueArray(linkArb, { selector: (l) => `${l.type}:${l.id}`, maxLength: 3 }),
    version: fc.integer({ min: 1, max: 1000 }),
  })
  .map((r) =>
    conversation({
      id: r.id,
      orgId: r.orgId,
      status: r.status,
      channel: r.channel,
      lastActivityAt: NOW - r.quietFor,
      updatedAt: NOW - Math.min(r.updatedAgo, r.quietFor),
      createdAt: NOW - r.quietFor - DAY_MS,
      snoozedUntil: r.status === 'snoozed' ? NOW + r.snoozeOffset : null,
      statusBeforeSpam: r.status === 'spam' ? r.remembered : null,
      inactiveNotifiedAt: r.notifiedAgo === null ? null : NOW - r.notifiedAgo,
      assigneeId: r.assigneeId,
      teamId: r.teamId,
      followers: r.followers,
      participants: r.participants,
      priority: r.priority,
      conversationTags: r.conversationTags.map((t) => ({ ...t, name: t.name.trim() })),
      links: r.links,
      version: r.version,
    }),
  );

/**
 * An event, except that a snooze's `until` is an offset from the time it is applied and a contact
 * message's channel is replaced by the conversation's own (see `materialize`).
 */
export const eventArb: fc.Arbitrary<ConversationEvent> = fc.oneof(
  fc.record({
    type: fc.constant('set_status'),
    status: fc.constantFrom(...SETTABLE_STATUSES),
    actor: agentArb,
  }),
  fc.record({
    type: fc.constant('snooze'),
    until: fc.integer({ min: -HOUR_MS, max: 3 * DAY_MS }),
    actor: agentArb,
  }),
  fc.record({ type: fc.constant('snooze_expired') }),
  fc.record({
    type: fc.constant('contact_message'),
    actor: fc.constant(dana),
  }),
  fc.record({ type: fc.constant('agent_reply'), actor: agentArb }),
  fc.record({ type: fc.constant('bot_message'), actor: fc.constant(welcomeBot) }),
  fc.record({
    type: fc.constant('agent_note'),
    actor: agentArb,
    mentions: fc.array(agentIdArb, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('mark_spam'), actor: agentArb }),
  fc.record({ type: fc.constant('restore_spam'), actor: agentArb }),
  fc.record({ type: fc.constant('inactivity_check') }),
  fc.record({ type: fc.constant('auto_resolve') }),
  fc.record({ type: fc.constant('bot_goal_close'), actor: fc.constant(welcomeBot) }),
  fc.record({ type: fc.constant('sync'), actor: agentArb }),
  fc.record({
    type: fc.constant('assign'),
    actor: agentArb,
    assigneeId: fc.option(agentIdArb, { nil: null }),
  }),
  fc.record({
    type: fc.constant('assign'),
    actor: agentArb,
    teamId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  }),
  fc.record({
    type: fc.constant('auto_assign'),
    assigneeId: agentIdArb,
    assigneeName: fc.constant('Someone'),
  }),
  fc.record({
    type: fc.constant('set_priority'),
    priority: fc.constantFrom(...PRIORITIES),
    actor: agentArb,
  }),
  fc.record({ type: fc.constant('add_tag'), tag: tagArb, actor: agentArb }),
  fc.record({ type: fc.constant('remove_tag'), name: tagArb.map((t) => t.name), actor: agentArb }),
  fc.record({ type: fc.constant('follow'), agentId: agentIdArb }),
  fc.record({ type: fc.constant('unfollow'), agentId: agentIdArb }),
  fc.record({ type: fc.constant('add_link'), link: linkArb, actor: agentArb }),
);

/** The concrete event to apply to `c` at `now`. */
export function materialize(
  event: ConversationEvent,
  c: Conversation,
  now: number,
): ConversationEvent {
  if (event.type === 'snooze') return { ...event, until: now + event.until };
  return event;
}

export interface Step {
  event: ConversationEvent;
  /** Time that passes before the event. */
  after: number;
}

export const stepsArb: fc.Arbitrary<Step[]> = fc.array(
  fc.record({ event: eventArb, after: durationArb }),
  {
    minLength: 1,
    maxLength: 30,
  },
);
