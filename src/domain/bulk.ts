// The bulk rule: 1 to 25 conversations a request, all of them changed or none.
import type { ConversationEvent } from './events';
import { reduce } from './reducer';
import type { Effect } from './events';
import type { Conversation, OrgSettings } from './types';

export const MAX_BULK = 25;
export const BULK_LIMIT_MESSAGE = `You can close up to ${MAX_BULK} conversations at a time`;

export type BulkCheck = { ok: true; ids: number[] } | { ok: false; reason: string };

/** Validates the ids of a bulk request (duplicates count once). */
export function checkBulkIds(ids: readonly number[]): BulkCheck {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { ok: false, reason: 'Select at least one conversation.' };
  if (unique.length > MAX_BULK) return { ok: false, reason: BULK_LIMIT_MESSAGE };
  return { ok: true, ids: unique };
}

export type BulkOutcome =
  | {
      ok: true;
      results: { conversation: Conversation; effects: Effect[]; changed: boolean }[];
    }
  | { ok: false; reason: string; failed: { id: number; reason: string }[] };

/**
 * Applies one event to every conversation, atomically: if any is rejected, none changes and the
 * answer names each one that could not.
 */
export function reduceBulk(
  conversations: readonly Conversation[],
  makeEvent: (c: Conversation) => ConversationEvent,
  now: number,
  settings: OrgSettings,
): BulkOutcome {
  const check = checkBulkIds(conversations.map((c) => c.id));
  if (!check.ok) return { ok: false, reason: check.reason, failed: [] };
  const results: { conversation: Conversation; effects: Effect[]; changed: boolean }[] = [];
  const failed: { id: number; reason: string }[] = [];
  // A conversation named twice changes once: applying the event to the same starting state twice
  // would report its status change, webhooks and thread line twice.
  const seen = new Set<number>();
  for (const c of conversations) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const outcome = reduce(c, makeEvent(c), now, settings);
    if (outcome.ok) results.push(outcome);
    else failed.push({ id: c.id, reason: outcome.reason });
  }
  if (failed.length > 0) {
    const ids = failed.map((f) => `#${f.id}`).join(', ');
    return { ok: false, reason: `Nothing was changed: ${ids} could not be updated.`, failed };
  }
  return { ok: true, results };
}

/**
 * What a status change (one or many) was based on: the status, with its snooze, and the last
 * message. Other fields (priority, tags, assignee) may change meanwhile without conflict.
 */
export interface SeenState {
  status: Conversation['status'];
  snoozedUntil: number | null;
  lastActivityAt: number;
}

export const seenOf = (c: Conversation): SeenState => ({
  status: c.status,
  snoozedUntil: c.snoozedUntil,
  lastActivityAt: c.lastActivityAt,
});

/** What changed since it was seen that a status change depends on, or null when nothing did. */
export function changedSinceSeen(seen: SeenState, now: Conversation): 'status' | 'message' | null {
  if (seen.status !== now.status || seen.snoozedUntil !== now.snoozedUntil) return 'status';
  if (seen.lastActivityAt !== now.lastActivityAt) return 'message';
  return null;
}
