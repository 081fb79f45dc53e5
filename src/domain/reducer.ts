// The one status reducer of SPEC section 2, shared by the UI (optimistic updates), the mock API
// and the real API (the authority). Pure: time and settings are arguments.
import type { Actor, ConversationEvent, Effect, WebhookPayload } from './events';
import { listFull, tagNameTooLong } from './limits';
import { LEGACY_STATUS } from './webhooks';
import { HOUR_MS, DAY_MS } from './types';
import type { Conversation, ConversationStatus, OrgSettings } from './types';

export type Outcome =
  | { ok: true; conversation: Conversation; effects: Effect[]; changed: boolean }
  | { ok: false; reason: string };

type Patch = Partial<Omit<Conversation, 'id' | 'orgId' | 'version'>>;

const unchanged = (conversation: Conversation, effects: Effect[] = []): Outcome => ({
  ok: true,
  conversation,
  effects,
  changed: false,
});

const reject = (reason: string): Outcome => ({ ok: false, reason });

export function actorName(actor: Actor): string {
  return actor.kind === 'system' ? 'Parley' : actor.name;
}

const STATUS_PHRASE: Record<ConversationStatus, string> = {
  open: 'reopened the conversation',
  pending: 'marked the conversation as pending',
  closed: 'closed the conversation',
  snoozed: 'snoozed the conversation',
  spam: 'marked the conversation as spam',
  bulk_sent: 'sent the conversation in bulk',
  merged: 'merged the conversation',
};

/** "Sam closed the conversation": the thread line for a status change. */
export function statusEventText(actor: Actor, status: ConversationStatus): string {
  return `${actorName(actor)} ${STATUS_PHRASE[status]}`;
}

function statusUpdated(c: Conversation, status: ConversationStatus, now: number): WebhookPayload {
  return {
    orgId: c.orgId,
    type: 'conversation_status_updated',
    data: { conversationId: c.id, status: LEGACY_STATUS[status], changedAt: now },
  };
}

/**
 * `conversation_manual_push` or `conversation_inactive`, with the `conversation_push` that always
 * follows, and the legacy `conversation_status_updated` (closed) that bridges both for old
 * subscribers unless this change already reported a real close.
 */
function pushEffects(
  c: Conversation,
  type: 'conversation_manual_push' | 'conversation_inactive',
  now: number,
  alreadyReportedClose: boolean,
): Effect[] {
  const data = { conversationId: c.id, lastUpdated: c.updatedAt };
  const effects: Effect[] = [
    { kind: 'webhook', payload: { orgId: c.orgId, type, data } },
    { kind: 'webhook', payload: { orgId: c.orgId, type: 'conversation_push', data } },
  ];
  if (!alreadyReportedClose) {
    effects.push({ kind: 'webhook', payload: statusUpdated(c, 'closed', now) });
  }
  return effects;
}

function followerNotice(c: Conversation, actor: Actor): Effect[] {
  const agentIds = c.followers.filter((id) => !(actor.kind === 'agent' && actor.id === id));
  return agentIds.length > 0 ? [{ kind: 'notify', agentIds, reason: 'follow' }] : [];
}

/** Applies a patch as one change: version +1, followers told (unless it only changed who follows). */
function change(c: Conversation, patch: Patch, effects: Effect[], actor: Actor): Outcome {
  const next: Conversation = { ...c, ...patch, version: c.version + 1 };
  const notices = 'followers' in patch ? [] : followerNotice(next, actor);
  return { ok: true, conversation: next, effects: [...effects, ...notices], changed: true };
}

/** A status change with its thread line, webhook and routing request. */
function moveTo(
  c: Conversation,
  status: Exclude<ConversationStatus, 'spam' | 'snoozed'>,
  actor: Actor,
  now: number,
  extra: { patch?: Patch; body?: string; manualPush?: boolean } = {},
): Outcome {
  if (c.status === status) return unchanged(c);
  const next = { ...c, updatedAt: now };
  const effects: Effect[] = [
    { kind: 'thread_event', body: extra.body ?? statusEventText(actor, status) },
    { kind: 'webhook', payload: statusUpdated(c, status, now) },
  ];
  if (extra.manualPush) effects.push(...pushEffects(next, 'conversation_manual_push', now, true));
  if (status === 'open' && c.assigneeId === null) effects.push({ kind: 'route' });
  return change(c, { status, snoozedUntil: null, updatedAt: now, ...extra.patch }, effects, actor);
}

const MERGED_REASON = 'This conversation was merged into another.';

const SPAM_REASON = 'This conversation is marked as spam: restore it first.';

export function reduce(
  c: Conversation,
  event: ConversationEvent,
  now: number,
  settings: OrgSettings,
): Outcome {
  // Merged away: it only answers reads; the conversation it became part of takes every change.
  if (c.status === 'merged') return reject(MERGED_REASON);
  switch (event.type) {
    case 'set_status': {
      if (c.status === 'spam') return reject(SPAM_REASON);
      return moveTo(c, event.status, event.actor, now, { manualPush: event.status === 'closed' });
    }

    case 'snooze': {
      if (c.status === 'spam') return reject(SPAM_REASON);
      if (c.status !== 'open' && c.status !== 'pending' && c.status !== 'snoozed') {
        return reject('Only open or pending conversations can be snoozed.');
      }
      if (!Number.isFinite(event.until) || event.until <= now) {
        return reject('Choose a snooze time in the future.');
      }
      if (c.status === 'snoozed' && c.snoozedUntil === event.until) return unchanged(c);
      const effects: Effect[] = [
        { kind: 'thread_event', body: statusEventText(event.actor, 'snoozed') },
      ];
      // A new snooze time is not a status change: the webhook is for real changes only.
      if (c.status !== 'snoozed')
        effects.push({ kind: 'webhook', payload: statusUpdated(c, 'snoozed', now) });
      return change(
        c,
        { status: 'snoozed', snoozedUntil: event.until, updatedAt: now },
        effects,
        event.actor,
      );
    }

    case 'unsnooze':
      return c.status === 'snoozed' ? moveTo(c, 'open', event.actor, now) : unchanged(c);

    case 'snooze_expired': {
      if (c.status !== 'snoozed' || c.snoozedUntil === null || c.snoozedUntil > now) {
        return unchanged(c);
      }
      return moveTo(c, 'open', { kind: 'system' }, now, { body: 'Snooze ended' });
    }

    case 'contact_message': {
      // The contact has waited since its first message after the last agent reply.
      const activity = { lastActivityAt: now, updatedAt: now, waitingSince: c.waitingSince ?? now };
      if (c.status === 'spam') return change(c, activity, [], event.actor);
      const quietFor = now - c.lastActivityAt;
      if (
        c.status === 'closed' &&
        c.channel === 'chat' &&
        quietFor > settings.chatNewConversationAfterHours * HOUR_MS
      ) {
        return unchanged(c, [{ kind: 'start_new_conversation' }]);
      }
      if (c.status === 'open') return change(c, activity, [], event.actor);
      return moveTo(c, 'open', event.actor, now, {
        patch: activity,
        body: `Reopened by a new message from ${event.actor.name}`,
      });
    }

    case 'agent_reply':
    case 'bot_message': {
      const participants = c.participants.includes(event.actor.id)
        ? c.participants
        : [...c.participants, event.actor.id];
      // Only an agent's reply answers the contact; a bot's message leaves them waiting.
      const waitingSince = event.type === 'agent_reply' ? null : c.waitingSince;
      return change(
        c,
        { lastActivityAt: now, updatedAt: now, participants, waitingSince },
        [],
        event.actor,
      );
    }

    case 'agent_note': {
      const mentioned = [...new Set(event.mentions)].filter((id) => id !== event.actor.id);
      const effects: Effect[] =
        mentioned.length > 0 ? [{ kind: 'notify', agentIds: mentioned, reason: 'mention' }] : [];
      return change(c, { updatedAt: now }, effects, event.actor);
    }

    case 'mark_spam': {
      if (c.status === 'spam') return unchanged(c);
      // A snooze does not survive spam: restoring brings the conversation back open.
      const remembered = c.status === 'snoozed' ? 'open' : c.status;
      return change(
        c,
        { status: 'spam', statusBeforeSpam: remembered, snoozedUntil: null, updatedAt: now },
        [
          { kind: 'thread_event', body: statusEventText(event.actor, 'spam') },
          { kind: 'webhook', payload: statusUpdated(c, 'spam', now) },
        ],
        event.actor,
      );
    }

    case 'restore_spam': {
      if (c.status !== 'spam') return reject('Only a conversation marked as spam can be restored.');
      const back = c.statusBeforeSpam ?? 'open';
      const status = back === 'snoozed' ? 'open' : back;
      const effects: Effect[] = [
        { kind: 'thread_event', body: `${event.actor.name} restored the conversation from spam` },
        { kind: 'webhook', payload: statusUpdated(c, status, now) },
      ];
      if (status === 'open' && c.assigneeId === null) effects.push({ kind: 'route' });
      return change(c, { status, statusBeforeSpam: null, updatedAt: now }, effects, event.actor);
    }

    case 'inactivity_check': {
      if (!isInactive(c, now, settings)) return unchanged(c);
      const next = { ...c, inactiveNotifiedAt: now, version: c.version + 1 };
      return {
        ok: true,
        conversation: next,
        effects: pushEffects(next, 'conversation_inactive', now, false),
        changed: true,
      };
    }

    case 'auto_resolve': {
      if (!isAutoResolvable(c, now, settings)) return unchanged(c);
      const days = settings.emailAutoResolveDays;
      return moveTo(c, 'closed', { kind: 'system' }, now, {
        body: `Parley closed the conversation after ${days} ${days === 1 ? 'day' : 'days'} without activity`,
      });
    }

    case 'bot_goal_close': {
      if (c.status === 'spam') return reject(SPAM_REASON);
      // Drift's effects of a close, as for a person's (SPEC 7.1): "Bot closed the conversation".
      return moveTo(c, 'closed', event.actor, now, { manualPush: true });
    }

    case 'sync':
      return unchanged(c, pushEffects(c, 'conversation_manual_push', now, false));

    case 'assign': {
      const patch: Patch = {};
      const lines: string[] = [];
      if (event.assigneeId !== undefined && event.assigneeId !== c.assigneeId) {
        patch.assigneeId = event.assigneeId;
        lines.push(
          event.assigneeId === null
            ? `${event.actor.name} unassigned the conversation`
            : `${event.actor.name} assigned the conversation to ${event.assigneeName ?? `agent #${event.assigneeId}`}`,
        );
      }
      if (event.teamId !== undefined && event.teamId !== c.teamId) {
        patch.teamId = event.teamId;
        lines.push(
          event.teamId === null
            ? `${event.actor.name} removed the team`
            : `${event.actor.name} assigned the conversation to team ${event.teamName ?? `#${event.teamId}`}`,
        );
      }
      if (lines.length === 0) return unchanged(c);
      const effects: Effect[] = lines.map((body) => ({ kind: 'thread_event', body }));
      return change(c, patch, effects, event.actor);
    }

    case 'auto_assign': {
      if (c.status !== 'open') return reject('Only open conversations are assigned automatically.');
      if (c.assigneeId === event.assigneeId) return unchanged(c);
      return change(
        c,
        { assigneeId: event.assigneeId },
        [
          {
            kind: 'thread_event',
            body: `Parley assigned the conversation to ${event.assigneeName}`,
          },
        ],
        { kind: 'system' },
      );
    }

    case 'set_priority': {
      if (c.priority === event.priority) return unchanged(c);
      return change(
        c,
        { priority: event.priority },
        [
          {
            kind: 'thread_event',
            body: `${event.actor.name} set the priority to ${event.priority}`,
          },
        ],
        event.actor,
      );
    }

    case 'add_tag': {
      const name = event.tag.name.trim();
      if (name === '') return reject('A tag needs a name.');
      const existing = c.conversationTags.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (existing) return unchanged(c);
      const tagRefusal = tagNameTooLong(name) ?? listFull(c, 'tags');
      if (tagRefusal !== null) return reject(tagRefusal);
      return change(
        c,
        { conversationTags: [...c.conversationTags, { name, color: event.tag.color }] },
        [{ kind: 'thread_event', body: `${event.actor.name} added the tag ${name}` }],
        event.actor,
      );
    }

    case 'remove_tag': {
      const key = event.name.toLowerCase();
      const kept = c.conversationTags.filter((t) => t.name.toLowerCase() !== key);
      if (kept.length === c.conversationTags.length) return unchanged(c);
      return change(
        c,
        { conversationTags: kept },
        [{ kind: 'thread_event', body: `${event.actor.name} removed the tag ${event.name}` }],
        event.actor,
      );
    }

    case 'follow': {
      if (c.followers.includes(event.agentId)) return unchanged(c);
      const followRefusal = listFull(c, 'followers');
      if (followRefusal !== null) return reject(followRefusal);
      return change(c, { followers: [...c.followers, event.agentId] }, [], { kind: 'system' });
    }

    case 'unfollow': {
      if (!c.followers.includes(event.agentId)) return unchanged(c);
      const followers = c.followers.filter((id) => id !== event.agentId);
      return change(c, { followers }, [], { kind: 'system' });
    }

    case 'add_link': {
      const { link } = event;
      if (link.type === 'conversation' && link.id === c.id) {
        return reject('A conversation cannot be linked to itself.');
      }
      if (c.links.some((l) => l.type === link.type && l.id === link.id)) return unchanged(c);
      const linkRefusal = listFull(c, 'links');
      if (linkRefusal !== null) return reject(linkRefusal);
      const label = link.type === 'ticket' ? `ticket #${link.id}` : `conversation #${link.id}`;
      return change(
        c,
        { links: [...c.links, link] },
        [{ kind: 'thread_event', body: `${event.actor.name} linked ${label}` }],
        event.actor,
      );
    }
  }
}

/** Quiet for the org's inactivity period and not yet reported for this quiet period. */
export function isInactive(c: Conversation, now: number, settings: OrgSettings): boolean {
  if (c.status !== 'open' && c.status !== 'pending') return false;
  if (now - c.lastActivityAt < settings.inactivitySeconds * 1000) return false;
  return c.inactiveNotifiedAt === null || c.inactiveNotifiedAt < c.lastActivityAt;
}

/** An open or pending email conversation with no activity for the org's auto-resolve period. */
export function isAutoResolvable(c: Conversation, now: number, settings: OrgSettings): boolean {
  if (c.channel !== 'email') return false;
  if (c.status !== 'open' && c.status !== 'pending') return false;
  return now - c.lastActivityAt >= settings.emailAutoResolveDays * DAY_MS;
}

/**
 * Several events as one change (a PATCH with several fields, say): version moves by one in all,
 * effects are concatenated, and the first rejection rejects the whole.
 */
export function reduceAll(
  c: Conversation,
  events: readonly ConversationEvent[],
  now: number,
  settings: OrgSettings,
): Outcome {
  let current = c;
  const effects: Effect[] = [];
  for (const event of events) {
    const outcome = reduce(current, event, now, settings);
    if (!outcome.ok) return outcome;
    current = outcome.conversation;
    effects.push(...outcome.effects);
  }
  const changed = current !== c && current.version !== c.version;
  const conversation = changed ? { ...current, version: c.version + 1 } : c;
  return { ok: true, conversation, effects: dedupeNotices(effects), changed };
}

/** Merges follower notices of a multi-event change into one. */
function dedupeNotices(effects: Effect[]): Effect[] {
  const followers = new Set<number>();
  const rest: Effect[] = [];
  for (const e of effects) {
    if (e.kind === 'notify' && e.reason === 'follow') e.agentIds.forEach((id) => followers.add(id));
    else rest.push(e);
  }
  return followers.size > 0
    ? [...rest, { kind: 'notify', agentIds: [...followers], reason: 'follow' }]
    : rest;
}
