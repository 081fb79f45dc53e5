// Writes a plausible history for a demo conversation that ends in a given status.
import { DAY_MS, HOUR_MS, type Channel, type ConversationStatus, type Team } from '../../domain';
import type { AgentRecord } from '../store';
import {
  FOLLOW_UPS,
  NOTES,
  OPENERS,
  PRIORITIES_USED,
  REPLIES,
  SPAM_BODIES,
  TAGS,
  BULK_BODIES,
} from './demo-content';
import type { Rng } from './prng';
import type { Step, TimelineStart } from './timeline';

const MINUTE = 60_000;

export interface Script {
  createdAt: number;
  channel: Channel;
  opening: TimelineStart['opening'];
  steps: Step[];
}

/** How long ago a conversation of this status started, in ms: [min, max]. */
const AGE: Record<ConversationStatus, [number, number]> = {
  open: [20 * MINUTE, 4 * DAY_MS],
  pending: [DAY_MS, 5 * DAY_MS],
  snoozed: [DAY_MS, 6 * DAY_MS],
  closed: [3 * DAY_MS, 34 * DAY_MS],
  spam: [DAY_MS, 20 * DAY_MS],
  bulk_sent: [2 * DAY_MS, 15 * DAY_MS],
  merged: [DAY_MS, 2 * DAY_MS],
};

export function writeScript(
  rng: Rng,
  status: ConversationStatus,
  now: number,
  people: { agents: readonly AgentRecord[]; teams: readonly Team[] },
): Script {
  const [minAge, maxAge] = AGE[status];
  const createdAt = now - rng.int(minAge, maxAge);
  const channel: Channel = status === 'bulk_sent' ? 'email' : rng.chance(0.35) ? 'email' : 'chat';
  const agent = () => rng.pick(people.agents);
  const owner = agent();
  const actor = (a: AgentRecord) => ({ kind: 'agent' as const, id: a.id, name: a.name });

  if (status === 'bulk_sent') {
    return {
      createdAt,
      channel,
      opening: { body: rng.pick(BULK_BODIES), bulkSentBy: owner },
      steps: [],
    };
  }
  if (status === 'spam') {
    const at = createdAt + rng.int(5, 120) * MINUTE;
    return {
      createdAt,
      channel,
      opening: { body: rng.pick(SPAM_BODIES) },
      steps: [{ at, kind: 'event', event: { type: 'mark_spam', actor: actor(owner) } }],
    };
  }

  // A closed conversation ends when it was closed; the others are still going now.
  const end =
    status === 'closed'
      ? createdAt + rng.int(30 * MINUTE, Math.min(2 * DAY_MS, now - createdAt - 2 * DAY_MS))
      : now - 2 * MINUTE;
  const kinds: ((at: number) => Step)[] = [];
  let reopen = false;
  if (rng.chance(0.65))
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: {
        type: 'assign',
        actor: actor(owner),
        assigneeId: owner.id,
        assigneeName: owner.name,
        ...(rng.chance(0.4) && people.teams[0]
          ? { teamId: people.teams[0].id, teamName: people.teams[0].name }
          : {}),
      },
    }));
  if (rng.chance(0.55))
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: { type: 'add_tag', tag: rng.pick(TAGS), actor: actor(owner) },
    }));
  if (rng.chance(0.4))
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: { type: 'set_priority', priority: rng.pick(PRIORITIES_USED), actor: actor(owner) },
    }));
  if (rng.chance(0.35)) {
    const colleague = people.agents.find((a) => a.id !== owner.id) ?? owner;
    const first = colleague.name.split(' ')[0] ?? colleague.name;
    kinds.push((at) => ({
      at,
      kind: 'note',
      agent: owner,
      body: rng.pick(NOTES).replace('{agent}', first),
    }));
  }
  if (rng.chance(0.2))
    kinds.push((at) => ({ at, kind: 'event', event: { type: 'follow', agentId: owner.id } }));
  for (let i = rng.int(0, 2); i > 0; i -= 1) {
    kinds.push((at) => ({ at, kind: 'contact', body: rng.pick(FOLLOW_UPS) }));
    kinds.push((at) => ({ at, kind: 'reply', agent: owner, body: rng.pick(REPLIES) }));
  }
  if (status === 'open' && channel === 'chat' && rng.chance(0.15)) {
    reopen = true;
  }
  if (status === 'pending')
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: { type: 'set_status', status: 'pending', actor: actor(owner) },
    }));
  if (status === 'snoozed') {
    const until = now + rng.int(2 * HOUR_MS, 4 * DAY_MS);
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: { type: 'snooze', until, actor: actor(owner) },
    }));
  }
  if (status === 'closed')
    kinds.push((at) => ({
      at,
      kind: 'event',
      event: { type: 'set_status', status: 'closed', actor: actor(owner) },
    }));

  // Most get a first answer within minutes to hours; some open ones are still waiting.
  const answered = status !== 'open' || rng.chance(0.75);
  const firstReplyAt = Math.min(
    createdAt + rng.int(2, 240) * MINUTE,
    createdAt + Math.floor((end - createdAt) / 3),
  );
  const steps: Step[] = answered
    ? [{ at: firstReplyAt, kind: 'reply', agent: owner, body: rng.pick(REPLIES) }]
    : [];
  const from = answered ? firstReplyAt : createdAt;
  const gap = Math.max(1, Math.floor((end - from) / (kinds.length + 1)));
  kinds.forEach((make, i) => steps.push(make(from + gap * (i + 1))));
  if (reopen) {
    // Closed, then reopened by the contact within the hour: the thread shows the rule at work.
    const closedAt = from + Math.floor(gap / 2);
    const reopenedAt = Math.min(closedAt + rng.int(5, 60) * MINUTE, now - MINUTE);
    if (reopenedAt > closedAt) {
      steps.push({
        at: closedAt,
        kind: 'event',
        event: { type: 'set_status', status: 'closed', actor: actor(owner) },
      });
      steps.push({ at: reopenedAt, kind: 'contact', body: rng.pick(FOLLOW_UPS) });
      steps.sort((a, b) => a.at - b.at);
    }
  }
  return { createdAt, channel, opening: { body: rng.pick(OPENERS) }, steps };
}
