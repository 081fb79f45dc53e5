import { describe, expect, it } from 'vitest';
import {
  conversationsGoingInactive,
  conversationsToAutoResolve,
  conversationsToWake,
  dueClockEvents,
  nextClockDeadline,
} from './clock';
import { reduce } from './reducer';
import { DAY_MS, HOUR_MS, MINUTE_MS, NOW, conversation, settings } from './test-fixtures';
import type { Conversation } from './types';

const defaults = settings();
const ago = (ms: number): number => NOW - ms;

const snoozedDue = conversation({ id: 1, status: 'snoozed', snoozedUntil: ago(1) });
const snoozedLater = conversation({ id: 2, status: 'snoozed', snoozedUntil: NOW + HOUR_MS });
const quietChat = conversation({ id: 3, lastActivityAt: ago(15 * MINUTE_MS) });
const reportedChat = conversation({
  id: 4,
  lastActivityAt: ago(HOUR_MS),
  inactiveNotifiedAt: ago(30 * MINUTE_MS),
});
const staleEmail = conversation({
  id: 5,
  channel: 'email',
  status: 'pending',
  lastActivityAt: ago(8 * DAY_MS),
});
const quietEmail = conversation({ id: 6, channel: 'email', lastActivityAt: ago(2 * DAY_MS) });
const closedEmail = conversation({
  id: 7,
  channel: 'email',
  status: 'closed',
  lastActivityAt: ago(30 * DAY_MS),
});
const busyChat = conversation({ id: 8 });
const all = [
  snoozedDue,
  snoozedLater,
  quietChat,
  reportedChat,
  staleEmail,
  quietEmail,
  closedEmail,
  busyChat,
];

describe('dueClockEvents', () => {
  it.each([
    ['a snooze that is due', snoozedDue, ['snooze_expired']],
    ['a snooze not yet due', snoozedLater, []],
    ['a quiet chat', quietChat, ['inactivity_check']],
    ['a quiet chat already reported', reportedChat, []],
    ['a stale email: auto-resolve, not inactivity first', staleEmail, ['auto_resolve']],
    ['a quiet email not yet stale', quietEmail, ['inactivity_check']],
    ['a closed email', closedEmail, []],
    ['a busy chat', busyChat, []],
  ] as const)('%s', (_label, c, types) => {
    expect(dueClockEvents(c, NOW, defaults).map((e) => e.type)).toEqual(types);
  });

  it('every due event really changes the conversation it is due for', () => {
    for (const c of all) {
      for (const event of dueClockEvents(c, NOW, defaults)) {
        const outcome = reduce(c, event, NOW, defaults);
        expect(outcome.ok && outcome.changed, `#${c.id} ${event.type}`).toBe(true);
      }
    }
  });
});

describe('selections', () => {
  const ids = (cs: Conversation[]) => cs.map((c) => c.id);

  it('conversationsToWake: snoozes that are due', () => {
    expect(ids(conversationsToWake(all, NOW))).toEqual([1]);
  });

  it('conversationsGoingInactive: quiet, unreported, and not about to auto-resolve', () => {
    expect(ids(conversationsGoingInactive(all, NOW, defaults))).toEqual([3, 6]);
  });

  it('conversationsToAutoResolve: open or pending emails quiet for the period', () => {
    expect(ids(conversationsToAutoResolve(all, NOW, defaults))).toEqual([5]);
    expect(
      ids(conversationsToAutoResolve(all, NOW, settings({ emailAutoResolveDays: 1 }))),
    ).toEqual([5, 6]);
  });
});

describe('nextClockDeadline', () => {
  const base = conversation({ lastActivityAt: NOW });

  it.each([
    [
      'snoozed: its snoozedUntil',
      { ...base, status: 'snoozed', snoozedUntil: NOW + HOUR_MS },
      NOW + HOUR_MS,
    ],
    ['closed: none', { ...base, status: 'closed' }, null],
    ['spam: none', { ...base, status: 'spam' }, null],
    ['bulk_sent: none', { ...base, status: 'bulk_sent' }, null],
    ['open chat: the inactivity period', base, NOW + 10 * MINUTE_MS],
    [
      'open chat already reported: none',
      { ...base, inactiveNotifiedAt: NOW + 10 * MINUTE_MS },
      null,
    ],
    [
      'pending email: inactivity first',
      { ...base, status: 'pending', channel: 'email' },
      NOW + 10 * MINUTE_MS,
    ],
    [
      'open email already reported: auto-resolve',
      { ...base, channel: 'email', inactiveNotifiedAt: NOW + HOUR_MS },
      NOW + 7 * DAY_MS,
    ],
  ] as const satisfies readonly (readonly [string, Conversation, number | null])[])(
    '%s',
    (_label, c, deadline) => {
      expect(nextClockDeadline(c, defaults)).toBe(deadline);
    },
  );

  it('nothing is due just before the deadline, and something is due at it', () => {
    const due = (c: Conversation, at: number) => dueClockEvents(c, at, defaults).length > 0;
    const withDeadline = all.flatMap((c) => {
      const deadline = nextClockDeadline(c, defaults);
      return deadline === null ? [] : [{ c, deadline }];
    });
    expect(
      withDeadline.map(({ c, deadline }) => [c.id, due(c, deadline - 1), due(c, deadline)]),
    ).toEqual(withDeadline.map(({ c }) => [c.id, false, true]));
  });

  it('without a deadline, nothing ever falls due', () => {
    const none = all.filter((c) => nextClockDeadline(c, defaults) === null);
    expect(none.map((c) => c.id)).toEqual([4, 7]);
    expect(none.map((c) => dueClockEvents(c, NOW + 365 * DAY_MS, defaults))).toEqual([[], []]);
  });
});
