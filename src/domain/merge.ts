// Merging two conversations (SPEC 7.8) as one pure operation: the client applies it for the
// optimistic update, the backend as the authority. The source keeps its row, with status `merged`
// and `mergedInto`, so old links follow it; its thread rows move to the target (the store moves
// them), and the target takes both sets of tags, followers, links and participants.
import type { AgentActor, Effect } from './events';
import { LIMIT_REASONS, LIMITS } from './limits';
import type { Conversation, Link, Tag } from './types';

export type MergeOutcome =
  | { ok: true; source: Conversation; target: Conversation; effects: Effect[] }
  | { ok: false; reason: string };

/** The fields of the target a merge changes besides those undo always restores; undo puts them back. */
export type MergeRestore = Pick<
  Conversation,
  | 'conversationTags'
  | 'followers'
  | 'links'
  | 'participants'
  | 'lastActivityAt'
  | 'waitingSince'
  | 'mergedInto'
>;

export function mergeRestore(c: Conversation): MergeRestore {
  return {
    conversationTags: c.conversationTags,
    followers: c.followers,
    links: c.links,
    participants: c.participants,
    lastActivityAt: c.lastActivityAt,
    waitingSince: c.waitingSince,
    mergedInto: c.mergedInto,
  };
}

/** "Alex merged #12 into this conversation": the thread line the target gets. */
export function mergeLine(actor: AgentActor, sourceId: number): string {
  return `${actor.name} merged #${sourceId} into this conversation`;
}

export const MERGE_REASONS = {
  self: 'A conversation cannot be merged into itself.',
  spam: 'A conversation marked as spam cannot be merged: restore it first.',
  merged: 'That conversation was already merged into another.',
} as const;

const union = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** Merges `source` into `target`, or says why it cannot be merged. */
export function mergeConversations(
  source: Conversation,
  target: Conversation,
  actor: AgentActor,
  now: number,
): MergeOutcome {
  if (source.id === target.id) return { ok: false, reason: MERGE_REASONS.self };
  if (source.status === 'spam' || target.status === 'spam') {
    return { ok: false, reason: MERGE_REASONS.spam };
  }
  if (source.status === 'merged' || target.status === 'merged') {
    return { ok: false, reason: MERGE_REASONS.merged };
  }
  const conversationTags = union<Tag>(target.conversationTags, source.conversationTags, (t) =>
    t.name.toLowerCase(),
  );
  const followers = union(target.followers, source.followers, String);
  // A link between the two would point the merged conversation at itself.
  const pair = (l: Link) => l.type === 'conversation' && (l.id === source.id || l.id === target.id);
  const links = union<Link>(
    target.links.filter((l) => !pair(l)),
    source.links.filter((l) => !pair(l)),
    (l) => `${l.type}:${l.id}`,
  );
  for (const [list, size] of [
    ['tags', conversationTags.length],
    ['followers', followers.length],
    ['links', links.length],
  ] as const) {
    if (size > LIMITS[list]) return { ok: false, reason: LIMIT_REASONS[list] };
  }
  const nextTarget: Conversation = {
    ...target,
    conversationTags,
    followers,
    links,
    participants: union(target.participants, source.participants, String),
    lastActivityAt: Math.max(target.lastActivityAt, source.lastActivityAt),
    waitingSince: earliest(target.waitingSince, source.waitingSince),
    updatedAt: now,
    version: target.version + 1,
  };
  const nextSource: Conversation = {
    ...source,
    status: 'merged',
    mergedInto: target.id,
    snoozedUntil: null,
    updatedAt: now,
    version: source.version + 1,
  };
  const data = { conversationId: target.id, lastUpdated: now };
  return {
    ok: true,
    source: nextSource,
    target: nextTarget,
    effects: [
      { kind: 'thread_event', body: mergeLine(actor, source.id) },
      // Subscribers hear of the conversation that goes on, never of the one merged away.
      { kind: 'webhook', payload: { orgId: target.orgId, type: 'conversation_push', data } },
    ],
  };
}
