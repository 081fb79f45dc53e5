// Plays a conversation's history through the domain reducer, so demo data obeys the same rules
// as live traffic: the statuses, thread lines and activity times all come from `reduce`.
import {
  createConversation,
  dueClockEvents,
  findMentions,
  reduce,
  type Actor,
  type AgentActor,
  type Channel,
  type Conversation,
  type ConversationEvent,
  type OrgSettings,
} from '../../domain';
import type { AgentRecord, ConversationMetrics, MessageRecord, NewRecord } from '../store';
import { authorOf } from '../service/commit';

export type Step =
  | { at: number; kind: 'contact'; body: string }
  | { at: number; kind: 'reply'; agent: AgentRecord; body: string }
  | { at: number; kind: 'note'; agent: AgentRecord; body: string }
  | { at: number; kind: 'event'; event: ConversationEvent };

export interface TimelineStart {
  orgId: number;
  inboxId: number;
  contact: { id: number; name: string };
  channel: Channel;
  createdAt: number;
  /** The opening message; an outbound bulk message starts `bulk_sent` with the agent's words. */
  opening: { body: string; bulkSentBy?: AgentRecord };
}

type DraftMessage = Omit<NewRecord<MessageRecord>, 'conversationId'>;

export interface Timeline {
  conversation: NewRecord<Conversation>;
  messages: DraftMessage[];
  metrics: Omit<ConversationMetrics, 'conversationId'>;
}

const agentActor = (a: AgentRecord): AgentActor => ({ kind: 'agent', id: a.id, name: a.name });
const actorOfEvent = (e: ConversationEvent): Actor => ('actor' in e ? e.actor : { kind: 'system' });

export function playTimeline(
  start: TimelineStart,
  steps: readonly Step[],
  ctx: { settings: OrgSettings; agents: readonly AgentRecord[]; now: number },
): Timeline {
  let c: Conversation = createConversation(
    {
      id: 0,
      orgId: start.orgId,
      inboxId: start.inboxId,
      contactId: start.contact.id,
      channel: start.channel,
    },
    start.createdAt,
  );
  const messages: DraftMessage[] = [];
  const say = (
    at: number,
    actor: Actor,
    type: DraftMessage['type'],
    body: string,
    mentions: number[] = [],
  ) =>
    messages.push({
      orgId: start.orgId,
      type,
      ...authorOf(actor),
      body,
      createdAt: at,
      mentions,
      idempotencyKey: null,
    });
  const contactActor: Actor = { kind: 'contact', id: start.contact.id, name: start.contact.name };

  const bulkAgent = start.opening.bulkSentBy;
  if (bulkAgent) {
    c = { ...c, status: 'bulk_sent', participants: [bulkAgent.id] };
    say(start.createdAt, agentActor(bulkAgent), 'chat', start.opening.body);
  } else {
    say(start.createdAt, contactActor, 'chat', start.opening.body);
  }
  let firstResponseAt: number | null = null;
  let closedAt: number | null = null;

  const apply = (event: ConversationEvent, at: number) => {
    const outcome = reduce(c, event, at, ctx.settings);
    if (!outcome.ok) throw new Error(`demo timeline: ${event.type} rejected: ${outcome.reason}`);
    if (outcome.effects.some((e) => e.kind === 'start_new_conversation')) return false;
    if (outcome.conversation.status === 'closed' && c.status !== 'closed') closedAt = at;
    c = outcome.conversation;
    for (const effect of outcome.effects) {
      if (effect.kind === 'thread_event') say(at, actorOfEvent(event), 'event', effect.body);
    }
    return true;
  };

  for (const step of steps) {
    if (step.kind === 'contact') {
      if (
        apply(
          {
            type: 'contact_message',
            actor: { kind: 'contact', id: start.contact.id, name: start.contact.name },
          },
          step.at,
        )
      ) {
        say(step.at, contactActor, 'chat', step.body);
      }
    } else if (step.kind === 'reply') {
      apply({ type: 'agent_reply', actor: agentActor(step.agent) }, step.at);
      say(step.at, agentActor(step.agent), 'chat', step.body);
      firstResponseAt ??= step.at;
    } else if (step.kind === 'note') {
      const mentions = findMentions(step.body, ctx.agents);
      apply({ type: 'agent_note', actor: agentActor(step.agent), mentions }, step.at);
      say(step.at, agentActor(step.agent), 'note', step.body, mentions);
    } else {
      apply(step.event, step.at);
    }
  }
  // Settle the clock rules due by now, as the server's clock would have.
  for (const event of dueClockEvents(c, ctx.now, ctx.settings)) apply(event, ctx.now);

  const { id: _placeholder, ...conversation } = c;
  return {
    conversation,
    messages,
    metrics: {
      orgId: start.orgId,
      channel: start.channel,
      status: c.status,
      createdAt: start.createdAt,
      firstResponseAt,
      closedAt,
      deleted: false,
    },
  };
}
