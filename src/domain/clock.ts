// The clock rules as pure functions: what is due at a given time.
import type { ConversationEvent } from './events';
import { isAutoResolvable, isInactive } from './reducer';
import { DAY_MS } from './types';
import type { Conversation, OrgSettings } from './types';

export function isSnoozeDue(c: Conversation, now: number): boolean {
  return c.status === 'snoozed' && c.snoozedUntil !== null && c.snoozedUntil <= now;
}

/** The clock events due for one conversation at `now`, in the order they should apply. */
export function dueClockEvents(
  c: Conversation,
  now: number,
  settings: OrgSettings,
): ConversationEvent[] {
  if (isSnoozeDue(c, now)) return [{ type: 'snooze_expired' }];
  // Auto-resolve takes precedence: a conversation about to close is not reported inactive first.
  if (isAutoResolvable(c, now, settings)) return [{ type: 'auto_resolve' }];
  if (isInactive(c, now, settings)) return [{ type: 'inactivity_check' }];
  return [];
}

export function conversationsToWake(cs: Iterable<Conversation>, now: number): Conversation[] {
  return [...cs].filter((c) => isSnoozeDue(c, now));
}

export function conversationsGoingInactive(
  cs: Iterable<Conversation>,
  now: number,
  settings: OrgSettings,
): Conversation[] {
  return [...cs].filter((c) => isInactive(c, now, settings) && !isAutoResolvable(c, now, settings));
}

export function conversationsToAutoResolve(
  cs: Iterable<Conversation>,
  now: number,
  settings: OrgSettings,
): Conversation[] {
  return [...cs].filter((c) => isAutoResolvable(c, now, settings));
}

/** The earliest time at which a clock rule will next be due for this conversation, or null. */
export function nextClockDeadline(c: Conversation, settings: OrgSettings): number | null {
  if (c.status === 'snoozed') return c.snoozedUntil;
  if (c.status !== 'open' && c.status !== 'pending') return null;
  const deadlines: number[] = [];
  const reported = c.inactiveNotifiedAt !== null && c.inactiveNotifiedAt >= c.lastActivityAt;
  if (!reported) deadlines.push(c.lastActivityAt + settings.inactivitySeconds * 1000);
  if (c.channel === 'email')
    deadlines.push(c.lastActivityAt + settings.emailAutoResolveDays * DAY_MS);
  return deadlines.length > 0 ? Math.min(...deadlines) : null;
}
