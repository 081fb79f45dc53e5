// The invariants of SPEC sections 1-2, checked after every step of random event sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULK_LIMIT_MESSAGE, MAX_BULK, reduceBulk } from './bulk';
import type { ConversationEvent } from './events';
import { reduce } from './reducer';
import type { Outcome } from './reducer';
import { conversationArb, eventArb, materialize, settingsArb, stepsArb } from './test-arbitraries';
import { HOUR_MS, NOW, frozen, sam, settings, webhooksOf } from './test-fixtures';
import type { Conversation, OrgSettings } from './types';
import { LEGACY_STATUS } from './webhooks';

const RUNS = { numRuns: 300 };

/** The snooze invariant: `snoozedUntil` is set exactly while the status is `snoozed`. */
function snoozeHolds(c: Conversation): boolean {
  return (c.status === 'snoozed') === (c.snoozedUntil !== null);
}

/**
 * The chat 24h rule, stated on the conversation before the message: a closed chat conversation
 * whose last message is more than `chatNewConversationAfterHours` old.
 */
function startsNewConversation(prev: Conversation, now: number, settings: OrgSettings): boolean {
  return (
    prev.status === 'closed' &&
    prev.channel === 'chat' &&
    now - prev.lastActivityAt > settings.chatNewConversationAfterHours * HOUR_MS
  );
}

/** Conversations are plain data: compare them field by field, whatever the key order. */
const canonical = (c: Conversation): string =>
  JSON.stringify(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));

const MESSAGES: readonly ConversationEvent['type'][] = [
  'contact_message',
  'agent_reply',
  'bot_message',
];

/** The invariants one reducer step broke (empty when all hold), named for the failure report. */
function violations(
  prev: Conversation,
  event: ConversationEvent,
  now: number,
  settings: OrgSettings,
  outcome: Outcome,
): string[] {
  const broken: string[] = [];
  const fail = (holds: boolean, name: string) => {
    if (!holds) broken.push(name);
  };

  // Spam never leaves spam except by restore; restore works only from spam.
  if (event.type === 'restore_spam')
    fail(outcome.ok === (prev.status === 'spam'), 'restore works exactly from spam');
  if (!outcome.ok) return broken;
  const next = outcome.conversation;
  fail(
    prev.status !== 'spam' || next.status === 'spam' || event.type === 'restore_spam',
    'spam left only by restore',
  );

  // A snoozed conversation always has snoozedUntil, and nothing else does.
  fail(snoozeHolds(next), 'snoozedUntil set exactly while snoozed');

  // version: +1 on every change, untouched (and nothing else touched) on a no-op.
  if (outcome.changed)
    fail(next.version === prev.version + 1, 'a change bumps version by exactly one');
  else fail(canonical(next) === canonical(prev), 'a no-op changes nothing, version included');
  // A message is a change even when it moves no field (same millisecond); anything else must.
  const movedAField = canonical({ ...next, version: prev.version }) !== canonical(prev);
  fail(
    !outcome.changed || movedAField || MESSAGES.includes(event.type) || event.type === 'agent_note',
    'a change changes something',
  );

  // A contact message leaves a non-spam conversation open, except that the chat 24h rule leaves the
  // OLD conversation exactly as it was (still closed) and asks for a new one. Spam stays spam.
  const startNew = outcome.effects.some((e) => e.kind === 'start_new_conversation');
  if (event.type !== 'contact_message') {
    fail(!startNew, 'only a contact message starts a new conversation');
  } else if (prev.status === 'spam') {
    fail(next.status === 'spam' && !startNew, 'a contact message leaves spam as spam');
  } else if (startsNewConversation(prev, now, settings)) {
    fail(
      !outcome.changed && outcome.effects.length === 1 && startNew,
      'chat 24h rule: old one unchanged, new one started',
    );
  } else {
    fail(
      next.status === 'open' && !startNew,
      'a contact message leaves a non-spam conversation open',
    );
  }

  // Every real status change reports the new status once. Otherwise there is only the legacy closed
  // bridge; a re-snooze (a new snoozedUntil) is no status change and reports nothing.
  const payloads = webhooksOf(outcome.effects);
  const reported = payloads.flatMap((p) =>
    p.type === 'conversation_status_updated' ? [p.data.status] : [],
  );
  const types = payloads.map((p) => p.type);
  const pushed =
    types.includes('conversation_manual_push') || types.includes('conversation_inactive');
  if (next.status !== prev.status)
    fail(
      reported.length === 1 && reported[0] === LEGACY_STATUS[next.status],
      'a status change is reported once, in the legacy names',
    );
  else if (pushed)
    fail(
      reported.length === 1 && reported[0] === 'closed',
      'a push is bridged by one legacy closed',
    );
  else fail(reported.length === 0, 'no status_updated without a status change or push');
  fail(
    types.includes('conversation_push') === pushed,
    'conversation_push exactly with manual_push or inactive',
  );

  // Routing only for conversations that become open while unassigned.
  const routed = outcome.effects.some((e) => e.kind === 'route');
  fail(
    !routed || (prev.status !== 'open' && next.status === 'open' && next.assigneeId === null),
    'route only when becoming open and unassigned',
  );

  // Only messages are activity.
  fail(
    next.lastActivityAt === prev.lastActivityAt || MESSAGES.includes(event.type),
    'only messages move lastActivityAt',
  );
  return broken;
}

/** Runs a property: undefined when it holds, else fast-check's report (seed and counterexample). */
function failureOf<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts>): string | undefined {
  const details = fc.check(property, params);
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : undefined;
}

describe('invariants over random event sequences', () => {
  it('the generated conversations satisfy the invariants themselves', () => {
    expect(
      failureOf(
        fc.property(
          conversationArb,
          (c) => snoozeHolds(c) && (c.status === 'spam' || c.statusBeforeSpam === null),
        ),
        RUNS,
      ),
    ).toBeUndefined();
  });

  it('hold after every step of every sequence', () => {
    expect(
      failureOf(
        fc.property(conversationArb, stepsArb, settingsArb, (start, steps, org) => {
          let current = frozen(start);
          let now = NOW;
          for (const [index, step] of steps.entries()) {
            now += step.after;
            const event = materialize(step.event, current, now);
            // Frozen input: a reducer that mutates its argument throws here.
            const outcome = reduce(current, event, now, org);
            const broken = violations(current, event, now, org, outcome);
            if (broken.length > 0)
              throw new Error(`step ${index} (${event.type}): ${broken.join('; ')}`);
            if (outcome.ok) current = frozen(outcome.conversation);
          }
        }),
        RUNS,
      ),
    ).toBeUndefined();
  });

  it('a single event on any conversation at any later time keeps them too', () => {
    expect(
      failureOf(
        fc.property(
          conversationArb,
          eventArb,
          settingsArb,
          fc.nat({ max: 40 * 24 * HOUR_MS }),
          (c, raw, org, later) => {
            const now = NOW + later;
            const event = materialize(raw, c, now);
            const broken = violations(c, event, now, org, reduce(frozen(c), event, now, org));
            if (broken.length > 0) throw new Error(`${event.type}: ${broken.join('; ')}`);
          },
        ),
        RUNS,
      ),
    ).toBeUndefined();
  });
});

describe('bulk', () => {
  const uniqueById = (min: number, max: number) =>
    fc.uniqueArray(conversationArb, { selector: (c) => c.id, minLength: min, maxLength: max });

  it('no bulk of more than 25 conversations changes anything', () => {
    expect(
      failureOf(
        fc.property(uniqueById(MAX_BULK + 1, 60), eventArb, settingsArb, (cs, raw, org) => {
          const outcome = reduceBulk(cs.map(frozen), (c) => materialize(raw, c, NOW), NOW, org);
          return (
            !outcome.ok && outcome.reason === BULK_LIMIT_MESSAGE && outcome.failed.length === 0
          );
        }),
        { numRuns: 100 },
      ),
    ).toBeUndefined();
  });

  it('no bulk naming more than 25 distinct conversations changes anything, duplicates or not', () => {
    expect(
      failureOf(
        fc.property(uniqueById(MAX_BULK + 1, 40), fc.nat({ max: 10 }), (cs, extra) => {
          const withDuplicates = [...cs, ...cs.slice(0, extra)];
          const close = () => ({ type: 'set_status', status: 'closed', actor: sam }) as const;
          return !reduceBulk(withDuplicates, close, NOW, settings()).ok;
        }),
        { numRuns: 50 },
      ),
    ).toBeUndefined();
  });

  it('up to 25: all change or none, and a refusal names exactly the ones that could not', () => {
    expect(
      failureOf(
        fc.property(uniqueById(1, MAX_BULK), eventArb, settingsArb, (cs, raw, org) => {
          const make = (c: Conversation) => materialize(raw, c, NOW);
          const refused = cs.filter((c) => !reduce(c, make(c), NOW, org).ok).map((c) => c.id);
          const outcome = reduceBulk(cs.map(frozen), make, NOW, org);
          if (refused.length === 0) {
            return (
              outcome.ok &&
              outcome.results.map((r) => r.conversation.id).join() === cs.map((c) => c.id).join()
            );
          }
          return (
            !outcome.ok &&
            outcome.failed.map((f) => f.id).join() === refused.join() &&
            refused.every((id) => outcome.reason.includes(`#${id}`))
          );
        }),
        { numRuns: 200 },
      ),
    ).toBeUndefined();
  });
});
