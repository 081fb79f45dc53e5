// SPEC section 2 as a table: (conversation, event, time) -> (next, effects) or a rejection.
// Every accepted row states its effects exactly, so a missing, extra or duplicated effect fails.
import { describe, expect, it } from 'vitest';
import type { ConversationEvent, Effect } from './events';
import { reduce } from './reducer';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  NOW,
  ROUTE,
  START_NEW,
  alex,
  conversation,
  dana,
  frozen,
  pushEffect,
  sam,
  settings,
  statusUpdatedEffect,
  threadEffect,
  welcomeBot,
} from './test-fixtures';
import type { Conversation, OrgSettings } from './types';

type Expectation =
  | { rejected: string }
  // `effects` is exact; it is left out only where the effects are not what the row is about.
  | { changed: true; next: Partial<Conversation>; effects?: Effect[] }
  | { changed: false; effects: Effect[] };

interface Row {
  name: string;
  given: Partial<Conversation>;
  event: ConversationEvent;
  now: number;
  settings?: Partial<OrgSettings>;
  expect: Expectation;
}

const ago = (ms: number): number => NOW - ms;
// The tables below are kept one row per line (prettier-ignore) so each reads as a table.
const SPAM_REJECTION = 'restore it first';

const closedBySam: Effect[] = [
  threadEffect('Sam closed the conversation'),
  statusUpdatedEffect('closed'),
  pushEffect('conversation_manual_push', NOW),
  pushEffect('conversation_push', NOW),
];
const reopenedBySam: Effect[] = [
  threadEffect('Sam reopened the conversation'),
  statusUpdatedEffect('open'),
  ROUTE,
];
const pendingBySam: Effect[] = [
  threadEffect('Sam marked the conversation as pending'),
  statusUpdatedEffect('pending'),
];
const snoozedBySam: Effect[] = [
  threadEffect('Sam snoozed the conversation'),
  statusUpdatedEffect('snoozed'),
];
const reopenedByDana: Effect[] = [
  threadEffect('Reopened by a new message from Dana Cole'),
  statusUpdatedEffect('open'),
  ROUTE,
];
const spamBySam: Effect[] = [
  threadEffect('Sam marked the conversation as spam'),
  statusUpdatedEffect('spam'),
];
const inactive = (lastUpdated: number): Effect[] => [
  pushEffect('conversation_inactive', lastUpdated),
  pushEffect('conversation_push', lastUpdated),
  statusUpdatedEffect('closed'),
];
const autoResolved = (days: string): Effect[] => [
  threadEffect(`Parley closed the conversation after ${days} without activity`),
  statusUpdatedEffect('closed'),
];
const activity = { lastActivityAt: NOW, updatedAt: NOW };

// prettier-ignore
const setStatusRows: Row[] = [
  { name: 'open -> pending', given: { status: 'open' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending', updatedAt: NOW }, effects: pendingBySam } },
  { name: 'open -> closed: one status_updated, plus manual_push and push', given: { status: 'open' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed', updatedAt: NOW }, effects: closedBySam } },
  { name: 'pending -> open, unassigned: routed', given: { status: 'pending' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open', updatedAt: NOW }, effects: reopenedBySam } },
  { name: 'pending -> open, assigned: not routed', given: { status: 'pending', assigneeId: alex.id }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open', assigneeId: alex.id }, effects: [threadEffect('Sam reopened the conversation'), statusUpdatedEffect('open')] } },
  { name: 'pending -> closed', given: { status: 'pending' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: closedBySam } },
  { name: 'closed -> open', given: { status: 'closed' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open', updatedAt: NOW }, effects: reopenedBySam } },
  { name: 'closed -> pending', given: { status: 'closed' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending' }, effects: pendingBySam } },
  { name: 'snoozed -> open clears snoozedUntil', given: { status: 'snoozed' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open', snoozedUntil: null }, effects: reopenedBySam } },
  { name: 'snoozed -> pending clears snoozedUntil', given: { status: 'snoozed' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending', snoozedUntil: null }, effects: pendingBySam } },
  { name: 'snoozed -> closed clears snoozedUntil', given: { status: 'snoozed' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed', snoozedUntil: null }, effects: closedBySam } },
  { name: 'bulk_sent -> open', given: { status: 'bulk_sent' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open' }, effects: reopenedBySam } },
  { name: 'bulk_sent -> pending', given: { status: 'bulk_sent' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending' }, effects: pendingBySam } },
  { name: 'bulk_sent -> closed', given: { status: 'bulk_sent' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: closedBySam } },
  { name: 'spam -> open is rejected', given: { status: 'spam', statusBeforeSpam: 'open' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { rejected: SPAM_REJECTION } },
  { name: 'spam -> pending is rejected', given: { status: 'spam' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { rejected: SPAM_REJECTION } },
  { name: 'spam -> closed is rejected', given: { status: 'spam' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { rejected: SPAM_REJECTION } },
  { name: 'open -> open is a no-op', given: { status: 'open' }, event: { type: 'set_status', status: 'open', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'pending -> pending is a no-op', given: { status: 'pending' }, event: { type: 'set_status', status: 'pending', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'closed -> closed is a no-op (no manual_push either)', given: { status: 'closed' }, event: { type: 'set_status', status: 'closed', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
];

// prettier-ignore
const snoozeRows: Row[] = [
  { name: 'open, until the future', given: { status: 'open' }, event: { type: 'snooze', until: NOW + DAY_MS, actor: sam }, now: NOW, expect: { changed: true, next: { status: 'snoozed', snoozedUntil: NOW + DAY_MS, updatedAt: NOW }, effects: snoozedBySam } },
  { name: 'pending, until the future', given: { status: 'pending' }, event: { type: 'snooze', until: NOW + 1, actor: sam }, now: NOW, expect: { changed: true, next: { status: 'snoozed', snoozedUntil: NOW + 1 }, effects: snoozedBySam } },
  { name: 're-snooze to another time', given: { status: 'snoozed', snoozedUntil: NOW + HOUR_MS }, event: { type: 'snooze', until: NOW + 3 * HOUR_MS, actor: sam }, now: NOW, expect: { changed: true, next: { status: 'snoozed', snoozedUntil: NOW + 3 * HOUR_MS }, effects: [threadEffect('Sam snoozed the conversation')] } },
  { name: 're-snooze to the same time is a no-op', given: { status: 'snoozed', snoozedUntil: NOW + HOUR_MS }, event: { type: 'snooze', until: NOW + HOUR_MS, actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'until the past is rejected', given: { status: 'open' }, event: { type: 'snooze', until: NOW - 1, actor: sam }, now: NOW, expect: { rejected: 'in the future' } },
  { name: 'until now is rejected (not in the future)', given: { status: 'open' }, event: { type: 'snooze', until: NOW, actor: sam }, now: NOW, expect: { rejected: 'in the future' } },
  { name: 'from closed is rejected', given: { status: 'closed' }, event: { type: 'snooze', until: NOW + HOUR_MS, actor: sam }, now: NOW, expect: { rejected: 'Only open or pending' } },
  { name: 'from bulk_sent is rejected', given: { status: 'bulk_sent' }, event: { type: 'snooze', until: NOW + HOUR_MS, actor: sam }, now: NOW, expect: { rejected: 'Only open or pending' } },
  { name: 'from spam is rejected', given: { status: 'spam' }, event: { type: 'snooze', until: NOW + HOUR_MS, actor: sam }, now: NOW, expect: { rejected: SPAM_REJECTION } },
];

// prettier-ignore
const wakeRows: Row[] = [
  { name: 'due exactly now: open, "Snooze ended", routed', given: { status: 'snoozed', snoozedUntil: NOW }, event: { type: 'snooze_expired' }, now: NOW, expect: { changed: true, next: { status: 'open', snoozedUntil: null, updatedAt: NOW }, effects: [threadEffect('Snooze ended'), statusUpdatedEffect('open'), ROUTE] } },
  { name: 'overdue, assigned: open, not routed', given: { status: 'snoozed', snoozedUntil: ago(HOUR_MS), assigneeId: alex.id }, event: { type: 'snooze_expired' }, now: NOW, expect: { changed: true, next: { status: 'open', snoozedUntil: null }, effects: [threadEffect('Snooze ended'), statusUpdatedEffect('open')] } },
  { name: 'not due yet: nothing', given: { status: 'snoozed', snoozedUntil: NOW + 1 }, event: { type: 'snooze_expired' }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'not snoozed (reopened meanwhile): nothing', given: { status: 'open' }, event: { type: 'snooze_expired' }, now: NOW, expect: { changed: false, effects: [] } },
];

/** The 24-hour rule reads the conversation's own channel (set in each row's `given`). */
const contactMessage: ConversationEvent = { type: 'contact_message', actor: dana };
// prettier-ignore
const contactRows: Row[] = [
  { name: 'open stays open, activity moves, no thread line', given: { status: 'open' }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', ...activity }, effects: [] } },
  { name: 'pending becomes open', given: { status: 'pending' }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', ...activity }, effects: reopenedByDana } },
  { name: 'snoozed becomes open and loses snoozedUntil', given: { status: 'snoozed' }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', snoozedUntil: null, ...activity }, effects: reopenedByDana } },
  { name: 'bulk_sent becomes open', given: { status: 'bulk_sent' }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', ...activity }, effects: reopenedByDana } },
  { name: 'closed chat, quiet 1h: reopens', given: { status: 'closed', lastActivityAt: ago(HOUR_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', ...activity }, effects: reopenedByDana } },
  { name: 'closed chat, quiet exactly 24h: reopens (not MORE than 24h)', given: { status: 'closed', lastActivityAt: ago(24 * HOUR_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open' }, effects: reopenedByDana } },
  { name: 'closed chat, quiet 24h + 1ms: new conversation, old one unchanged', given: { status: 'closed', lastActivityAt: ago(24 * HOUR_MS + 1) }, event: contactMessage, now: NOW, expect: { changed: false, effects: [START_NEW] } },
  { name: 'closed chat, quiet 30 days: new conversation', given: { status: 'closed', lastActivityAt: ago(30 * DAY_MS) }, event: contactMessage, now: NOW, expect: { changed: false, effects: [START_NEW] } },
  { name: 'closed email, quiet 30 days: reopens (chat only rule)', given: { status: 'closed', channel: 'email', lastActivityAt: ago(30 * DAY_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', ...activity }, effects: reopenedByDana } },
  { name: 'closed chat, quiet 5h with a 4h setting: new conversation', settings: { chatNewConversationAfterHours: 4 }, given: { status: 'closed', lastActivityAt: ago(5 * HOUR_MS) }, event: contactMessage, now: NOW, expect: { changed: false, effects: [START_NEW] } },
  { name: 'closed chat, quiet 30h with a 48h setting: reopens', settings: { chatNewConversationAfterHours: 48 }, given: { status: 'closed', lastActivityAt: ago(30 * HOUR_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open' }, effects: reopenedByDana } },
  { name: 'pending chat, quiet 3 days: reopens (the 24h rule is for closed only)', given: { status: 'pending', lastActivityAt: ago(3 * DAY_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open' }, effects: reopenedByDana } },
  { name: 'snoozed chat, quiet 3 days: reopens', given: { status: 'snoozed', lastActivityAt: ago(3 * DAY_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'open', snoozedUntil: null }, effects: reopenedByDana } },
  { name: 'spam stays spam, message kept: activity moves', given: { status: 'spam', statusBeforeSpam: 'closed', lastActivityAt: ago(30 * DAY_MS) }, event: contactMessage, now: NOW, expect: { changed: true, next: { status: 'spam', statusBeforeSpam: 'closed', ...activity }, effects: [] } },
];

// prettier-ignore
const replyRows: Row[] = [
  { name: 'agent reply: no status change, activity moves, agent joins', given: { status: 'pending' }, event: { type: 'agent_reply', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending', participants: [sam.id], ...activity }, effects: [] } },
  { name: 'agent reply to a closed conversation keeps it closed', given: { status: 'closed', participants: [alex.id] }, event: { type: 'agent_reply', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed', participants: [alex.id, sam.id], ...activity }, effects: [] } },
  { name: 'a contact message starts the wait', given: { waitingSince: null }, event: contactMessage, now: NOW, expect: { changed: true, next: { waitingSince: NOW }, effects: [] } },
  { name: 'a second contact message keeps the wait from the first', given: { waitingSince: NOW - HOUR_MS }, event: contactMessage, now: NOW, expect: { changed: true, next: { waitingSince: NOW - HOUR_MS }, effects: [] } },
  { name: 'an agent reply ends the wait', given: { waitingSince: NOW - HOUR_MS }, event: { type: 'agent_reply', actor: sam }, now: NOW, expect: { changed: true, next: { waitingSince: null }, effects: [] } },
  { name: 'a bot message leaves the contact waiting', given: { waitingSince: NOW - HOUR_MS }, event: { type: 'bot_message', actor: welcomeBot }, now: NOW, expect: { changed: true, next: { waitingSince: NOW - HOUR_MS }, effects: [] } },
  { name: 'a note does not answer the contact', given: { waitingSince: NOW - HOUR_MS }, event: { type: 'agent_note', actor: sam, mentions: [] }, now: NOW, expect: { changed: true, next: { waitingSince: NOW - HOUR_MS }, effects: [] } },
  { name: 'agent reply by a participant does not add them twice', given: { participants: [sam.id] }, event: { type: 'agent_reply', actor: sam }, now: NOW, expect: { changed: true, next: { participants: [sam.id], lastActivityAt: NOW }, effects: [] } },
  { name: 'bot message: activity moves, bot joins', given: { status: 'open' }, event: { type: 'bot_message', actor: welcomeBot }, now: NOW, expect: { changed: true, next: { status: 'open', participants: [welcomeBot.id], ...activity }, effects: [] } },
  { name: 'note: no status change, no activity, mention notified', given: { status: 'pending', lastActivityAt: ago(HOUR_MS) }, event: { type: 'agent_note', actor: sam, mentions: [alex.id] }, now: NOW, expect: { changed: true, next: { status: 'pending', lastActivityAt: ago(HOUR_MS) }, effects: [{ kind: 'notify', agentIds: [alex.id], reason: 'mention' }] } },
  { name: 'note mentioning oneself notifies nobody', given: { status: 'closed' }, event: { type: 'agent_note', actor: sam, mentions: [sam.id] }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: [] } },
  { name: 'note mentioning the same agent twice notifies once, author excluded', given: {}, event: { type: 'agent_note', actor: sam, mentions: [alex.id, sam.id, alex.id] }, now: NOW, expect: { changed: true, next: {}, effects: [{ kind: 'notify', agentIds: [alex.id], reason: 'mention' }] } },
  { name: 'followers other than the actor are told of a change', given: { followers: [sam.id, alex.id] }, event: { type: 'agent_reply', actor: sam }, now: NOW, expect: { changed: true, next: {}, effects: [{ kind: 'notify', agentIds: [alex.id], reason: 'follow' }] } },
];

// prettier-ignore
const spamRows: Row[] = [
  ...(['open', 'pending', 'closed', 'bulk_sent'] as const).map((status): Row => ({
    name: `mark spam from ${status} remembers ${status}`,
    given: { status },
    event: { type: 'mark_spam', actor: sam },
    now: NOW,
    expect: { changed: true, next: { status: 'spam', statusBeforeSpam: status, updatedAt: NOW }, effects: spamBySam },
  })),
  { name: 'mark spam from snoozed drops the snooze and remembers open', given: { status: 'snoozed' }, event: { type: 'mark_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'spam', statusBeforeSpam: 'open', snoozedUntil: null }, effects: spamBySam } },
  { name: 'mark spam when already spam is a no-op', given: { status: 'spam', statusBeforeSpam: 'pending' }, event: { type: 'mark_spam', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'restore returns to the remembered pending', given: { status: 'spam', statusBeforeSpam: 'pending' }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'pending', statusBeforeSpam: null, updatedAt: NOW }, effects: [threadEffect('Sam restored the conversation from spam'), statusUpdatedEffect('pending')] } },
  { name: 'restore returns to the remembered closed', given: { status: 'spam', statusBeforeSpam: 'closed' }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'closed', statusBeforeSpam: null }, effects: [threadEffect('Sam restored the conversation from spam'), statusUpdatedEffect('closed')] } },
  { name: 'restore returns to the remembered bulk_sent', given: { status: 'spam', statusBeforeSpam: 'bulk_sent' }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'bulk_sent' }, effects: [threadEffect('Sam restored the conversation from spam'), statusUpdatedEffect('bulk_sent')] } },
  { name: 'restore with nothing remembered: open, routed', given: { status: 'spam', statusBeforeSpam: null }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open' }, effects: [threadEffect('Sam restored the conversation from spam'), statusUpdatedEffect('open'), ROUTE] } },
  { name: 'restore to open when assigned: not routed', given: { status: 'spam', statusBeforeSpam: 'open', assigneeId: alex.id }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { changed: true, next: { status: 'open', assigneeId: alex.id }, effects: [threadEffect('Sam restored the conversation from spam'), statusUpdatedEffect('open')] } },
  { name: 'restore when not spam is rejected', given: { status: 'closed' }, event: { type: 'restore_spam', actor: sam }, now: NOW, expect: { rejected: 'Only a conversation marked as spam' } },
];

// prettier-ignore
const inactivityRows: Row[] = [
  { name: 'open, quiet exactly 10 minutes: inactive + push + legacy closed, status kept', given: { status: 'open', lastActivityAt: ago(10 * MINUTE_MS), updatedAt: ago(10 * MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: true, next: { status: 'open', inactiveNotifiedAt: NOW, updatedAt: ago(10 * MINUTE_MS), lastActivityAt: ago(10 * MINUTE_MS) }, effects: inactive(ago(10 * MINUTE_MS)) } },
  { name: 'pending, quiet 11 minutes: inactive', given: { status: 'pending', lastActivityAt: ago(11 * MINUTE_MS), updatedAt: ago(MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: true, next: { status: 'pending', inactiveNotifiedAt: NOW }, effects: inactive(ago(MINUTE_MS)) } },
  { name: 'open, quiet 9 minutes: nothing', given: { status: 'open', lastActivityAt: ago(9 * MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'already reported for this quiet period: nothing', given: { status: 'open', lastActivityAt: ago(HOUR_MS), inactiveNotifiedAt: ago(50 * MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'reported for an earlier quiet period, new activity since: reported again', given: { status: 'open', lastActivityAt: ago(HOUR_MS), inactiveNotifiedAt: ago(2 * HOUR_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: true, next: { inactiveNotifiedAt: NOW }, effects: inactive(ago(MINUTE_MS)) } },
  ...(['closed', 'snoozed', 'spam', 'bulk_sent'] as const).map((status): Row => ({
    name: `${status}, quiet a day: nothing`,
    given: { status, lastActivityAt: ago(DAY_MS) },
    event: { type: 'inactivity_check' },
    now: NOW,
    expect: { changed: false, effects: [] },
  })),
  { name: 'a 60s setting: quiet 2 minutes is inactive', settings: { inactivitySeconds: 60 }, given: { lastActivityAt: ago(2 * MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: true, next: { inactiveNotifiedAt: NOW }, effects: inactive(ago(MINUTE_MS)) } },
  { name: 'a 1h setting: quiet 30 minutes is not', settings: { inactivitySeconds: 3600 }, given: { lastActivityAt: ago(30 * MINUTE_MS) }, event: { type: 'inactivity_check' }, now: NOW, expect: { changed: false, effects: [] } },
];

// prettier-ignore
const autoResolveRows: Row[] = [
  { name: 'open email, quiet exactly 7 days: closed by the system, no manual_push', given: { channel: 'email', status: 'open', lastActivityAt: ago(7 * DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: true, next: { status: 'closed', updatedAt: NOW }, effects: autoResolved('7 days') } },
  { name: 'pending email, quiet 8 days: closed', given: { channel: 'email', status: 'pending', lastActivityAt: ago(8 * DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: autoResolved('7 days') } },
  { name: 'open email, quiet 7 days less 1ms: nothing', given: { channel: 'email', lastActivityAt: ago(7 * DAY_MS - 1) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'open chat, quiet 30 days: nothing (email only)', given: { channel: 'chat', lastActivityAt: ago(30 * DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: false, effects: [] } },
  ...(['snoozed', 'closed', 'spam', 'bulk_sent'] as const).map((status): Row => ({
    name: `${status} email, quiet 30 days: nothing`,
    given: { channel: 'email', status, lastActivityAt: ago(30 * DAY_MS) },
    event: { type: 'auto_resolve' },
    now: NOW,
    expect: { changed: false, effects: [] },
  })),
  { name: 'a 3-day setting closes after 3 days', settings: { emailAutoResolveDays: 3 }, given: { channel: 'email', lastActivityAt: ago(3 * DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: autoResolved('3 days') } },
  { name: 'a 1-day setting says "1 day"', settings: { emailAutoResolveDays: 1 }, given: { channel: 'email', lastActivityAt: ago(DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: true, next: { status: 'closed' }, effects: autoResolved('1 day') } },
  { name: 'a 14-day setting leaves a 10-day-quiet email open', settings: { emailAutoResolveDays: 14 }, given: { channel: 'email', lastActivityAt: ago(10 * DAY_MS) }, event: { type: 'auto_resolve' }, now: NOW, expect: { changed: false, effects: [] } },
];

// prettier-ignore
const botAndSyncRows: Row[] = [
  { name: 'bot goal closes an open conversation, with the manual push of a close', given: { status: 'open', relatedPlaybookId: 11 }, event: { type: 'bot_goal_close', actor: welcomeBot }, now: NOW, expect: { changed: true, next: { status: 'closed', updatedAt: NOW }, effects: [threadEffect('Welcome bot closed the conversation'), ...closedBySam.slice(1)] } },
  { name: 'bot goal on a closed conversation: no change', given: { status: 'closed' }, event: { type: 'bot_goal_close', actor: welcomeBot }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'bot goal on spam is rejected', given: { status: 'spam' }, event: { type: 'bot_goal_close', actor: welcomeBot }, now: NOW, expect: { rejected: SPAM_REJECTION } },
  { name: 'sync on open: manual_push + push + legacy closed, no change', given: { status: 'open', updatedAt: ago(HOUR_MS) }, event: { type: 'sync', actor: sam }, now: NOW, expect: { changed: false, effects: [pushEffect('conversation_manual_push', ago(HOUR_MS)), pushEffect('conversation_push', ago(HOUR_MS)), statusUpdatedEffect('closed')] } },
  { name: 'sync on closed: the same, no change', given: { status: 'closed', updatedAt: ago(DAY_MS) }, event: { type: 'sync', actor: sam }, now: NOW, expect: { changed: false, effects: [pushEffect('conversation_manual_push', ago(DAY_MS)), pushEffect('conversation_push', ago(DAY_MS)), statusUpdatedEffect('closed')] } },
];

// prettier-ignore
const assignRows: Row[] = [
  ...(['open', 'pending', 'closed', 'snoozed', 'spam', 'bulk_sent'] as const).map((status): Row => ({
    name: `manual assignment while ${status}`,
    given: { status },
    event: { type: 'assign', actor: sam, assigneeId: alex.id, assigneeName: 'Alex' },
    now: NOW,
    expect: { changed: true, next: { status, assigneeId: alex.id }, effects: [threadEffect('Sam assigned the conversation to Alex')] },
  })),
  { name: 'assign a team', given: {}, event: { type: 'assign', actor: sam, teamId: 2, teamName: 'Billing' }, now: NOW, expect: { changed: true, next: { teamId: 2, assigneeId: null }, effects: [threadEffect('Sam assigned the conversation to team Billing')] } },
  { name: 'unassign', given: { assigneeId: alex.id }, event: { type: 'assign', actor: sam, assigneeId: null }, now: NOW, expect: { changed: true, next: { assigneeId: null }, effects: [threadEffect('Sam unassigned the conversation')] } },
  { name: 'assign to the current assignee is a no-op', given: { assigneeId: alex.id }, event: { type: 'assign', actor: sam, assigneeId: alex.id }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'automatic assignment of an open conversation', given: { status: 'open' }, event: { type: 'auto_assign', assigneeId: alex.id, assigneeName: 'Alex' }, now: NOW, expect: { changed: true, next: { assigneeId: alex.id }, effects: [threadEffect('Parley assigned the conversation to Alex')] } },
  ...(['pending', 'closed', 'snoozed', 'spam', 'bulk_sent'] as const).map((status): Row => ({
    name: `automatic assignment while ${status} is rejected`,
    given: { status },
    event: { type: 'auto_assign', assigneeId: alex.id, assigneeName: 'Alex' },
    now: NOW,
    expect: { rejected: 'Only open conversations' },
  })),
];

// prettier-ignore
const attributeRows: Row[] = [
  { name: 'set priority', given: {}, event: { type: 'set_priority', priority: 'high', actor: sam }, now: NOW, expect: { changed: true, next: { priority: 'high' }, effects: [threadEffect('Sam set the priority to high')] } },
  { name: 'same priority is a no-op', given: { priority: 'urgent' }, event: { type: 'set_priority', priority: 'urgent', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'add a tag (name trimmed)', given: {}, event: { type: 'add_tag', tag: { name: ' billing ', color: '#22c55e' }, actor: sam }, now: NOW, expect: { changed: true, next: { conversationTags: [{ name: 'billing', color: '#22c55e' }] }, effects: [threadEffect('Sam added the tag billing')] } },
  { name: 'add a tag it already has (any case) is a no-op', given: { conversationTags: [{ name: 'Billing', color: '#22c55e' }] }, event: { type: 'add_tag', tag: { name: 'billing', color: '#000000' }, actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'a tag without a name is rejected', given: {}, event: { type: 'add_tag', tag: { name: '  ', color: '#22c55e' }, actor: sam }, now: NOW, expect: { rejected: 'needs a name' } },
  { name: 'remove a tag', given: { conversationTags: [{ name: 'vip', color: '#ff0000' }, { name: 'billing', color: '#22c55e' }] }, event: { type: 'remove_tag', name: 'VIP', actor: sam }, now: NOW, expect: { changed: true, next: { conversationTags: [{ name: 'billing', color: '#22c55e' }] }, effects: [threadEffect('Sam removed the tag VIP')] } },
  { name: 'remove a tag it does not have is a no-op', given: {}, event: { type: 'remove_tag', name: 'vip', actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'follow', given: {}, event: { type: 'follow', agentId: alex.id }, now: NOW, expect: { changed: true, next: { followers: [alex.id] } } },
  { name: 'follow twice is a no-op', given: { followers: [alex.id] }, event: { type: 'follow', agentId: alex.id }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'unfollow', given: { followers: [alex.id, sam.id] }, event: { type: 'unfollow', agentId: alex.id }, now: NOW, expect: { changed: true, next: { followers: [sam.id] } } },
  { name: 'unfollow when not following is a no-op', given: {}, event: { type: 'unfollow', agentId: alex.id }, now: NOW, expect: { changed: false, effects: [] } },
  { name: 'link a ticket', given: {}, event: { type: 'add_link', link: { type: 'ticket', id: 5 }, actor: sam }, now: NOW, expect: { changed: true, next: { links: [{ type: 'ticket', id: 5 }] }, effects: [threadEffect('Sam linked ticket #5')] } },
  { name: 'link another conversation', given: {}, event: { type: 'add_link', link: { type: 'conversation', id: 43 }, actor: sam }, now: NOW, expect: { changed: true, next: { links: [{ type: 'conversation', id: 43 }] }, effects: [threadEffect('Sam linked conversation #43')] } },
  { name: 'link a conversation to itself is rejected', given: {}, event: { type: 'add_link', link: { type: 'conversation', id: 42 }, actor: sam }, now: NOW, expect: { rejected: 'cannot be linked to itself' } },
  { name: 'link twice is a no-op', given: { links: [{ type: 'ticket', id: 5 }] }, event: { type: 'add_link', link: { type: 'ticket', id: 5 }, actor: sam }, now: NOW, expect: { changed: false, effects: [] } },
];

/** The fields of `c` that `wanted` names, so a row states only what it is about. */
function pick(c: Conversation, wanted: Partial<Conversation>): Partial<Conversation> {
  return Object.fromEntries(Object.keys(wanted).map((key) => [key, c[key as keyof Conversation]]));
}

/** What a row can observe of an outcome, shaped like its expectation so one assertion compares them. */
function observe(row: Row, given: Conversation): unknown {
  const outcome = reduce(given, row.event, row.now, settings(row.settings));
  const want = row.expect;
  if (!outcome.ok) {
    const matches = 'rejected' in want && outcome.reason.includes(want.rejected);
    return { rejected: matches ? want.rejected : outcome.reason };
  }
  if ('rejected' in want) return { accepted: outcome.conversation, effects: outcome.effects };
  return {
    changed: outcome.changed,
    version: outcome.conversation.version,
    conversation: want.changed ? pick(outcome.conversation, want.next) : outcome.conversation,
    effects: want.effects ? outcome.effects : 'not checked',
  };
}

function expected(row: Row, given: Conversation): unknown {
  const want = row.expect;
  if ('rejected' in want) return { rejected: want.rejected };
  return {
    changed: want.changed,
    version: given.version + (want.changed ? 1 : 0),
    conversation: want.changed ? want.next : given,
    effects: want.effects ?? 'not checked',
  };
}

function check(row: Row): void {
  const given = frozen(conversation(row.given));
  expect(observe(row, given)).toEqual(expected(row, given));
}

describe('reduce: SPEC section 2, row by row', () => {
  it.each(setStatusRows)('set status: $name', check);
  it.each(snoozeRows)('snooze: $name', check);
  it.each(wakeRows)('snooze ends: $name', check);
  it.each(contactRows)('contact message: $name', check);
  it.each(replyRows)('reply and note: $name', check);
  it.each(spamRows)('spam: $name', check);
  it.each(inactivityRows)('inactivity: $name', check);
  it.each(autoResolveRows)('email auto-resolve: $name', check);
  it.each(botAndSyncRows)('bot and sync: $name', check);
  it.each(assignRows)('routing: $name', check);
  it.each(attributeRows)('attributes: $name', check);
});
