// The memory Store's data: one journaled table per entity, with the indexes its queries need.
import type {
  AutoAssign,
  Contact,
  Conversation,
  OrgSettings,
  SavedReply,
  Team,
} from '../../domain';
import type { AttachmentWithData } from '../answer-store';
import { ClockIndex } from './clock-index';
import { StatusIndex } from './sorted-index';
import { Journal, SetIndex, Sequence, SortedIndex, Table } from './table';
import { ThreadEndIndex } from './thread-ends';
import type {
  AgentRecord,
  ApiTokenRecord,
  IdempotentAnswer,
  ChangeEvent,
  ConversationMetrics,
  Inbox,
  MessageRecord,
  NotificationRecord,
  Org,
  OutboxEntry,
  SavedViewRecord,
  Session,
  Ticket,
  UndoRecord,
  HeldMetrics,
  WebhookDelivery,
  WebhookSubscription,
} from '../store';

/** A unique index: key -> id, kept by table hooks. */
function uniqueIndex<V extends { id: number }>(keyOf: (v: V) => string | null) {
  const map = new Map<string, number>();
  return {
    map,
    hooks: {
      added: (v: V) => {
        const key = keyOf(v);
        if (key !== null) map.set(key, v.id);
      },
      removed: (v: V) => {
        const key = keyOf(v);
        if (key !== null && map.get(key) === v.id) map.delete(key);
      },
    },
  };
}

export const emailKey = (email: string) => email.trim().toLowerCase();

/** Change ids are per org: a change's key in the table is its org and its id. */
export const changeKey = (orgId: number, id: number) => `${orgId}:${id}`;

/** An agent's routing state (SPEC 7.1); an agent without a row has the defaults. */
export interface AgentRouting {
  available: boolean;
  capacity: number;
  lastAssignedAt: number | null;
  teamIds: number[];
}

/** An org's change feed counter: its newest id and the newest id pruned. */
export interface ChangeHead {
  last: number;
  prunedThrough: number;
}

export function createMemoryState() {
  let journal: Journal | null = null;
  const j = () => journal;

  const inboxesByOrg = new SetIndex<number>();
  const inboxToken = uniqueIndex<Inbox>((i) => i.token);
  const agentsByOrg = new SetIndex<number>();
  const agentEmail = uniqueIndex<AgentRecord>((a) => emailKey(a.email));
  const teamsByOrg = new SetIndex<number>();
  const contactEmail = uniqueIndex<Contact>((c) => `${c.orgId}:${emailKey(c.email)}`);
  const conversationsByOrg = new SetIndex<number>();
  const conversationsByContact = new SetIndex<number>();
  const conversationsByStatus = new StatusIndex();
  const clock = new ClockIndex();
  const messagesByConversation = new SortedIndex<number>();
  // A list row's last message and its contact's (queries.ts).
  const lastShown = new ThreadEndIndex((m) => m.type !== 'event');
  const lastFromContact = new ThreadEndIndex((m) => m.authorType === 'contact');
  const messageKey = uniqueIndex<MessageRecord>((m) =>
    m.idempotencyKey === null ? null : `${m.conversationId}:${m.idempotencyKey}`,
  );
  const ticketsByConversation = new SetIndex<number>();
  const metricsByOrg = new SetIndex<number>();
  const webhooksByOrg = new SetIndex<number>();
  const outboxByOrg = new SortedIndex<number>();
  const deliveriesBySubscription = new SortedIndex<number>();
  const changesByOrg = new SortedIndex<number>();
  const changesByConversation = new SetIndex<number>();
  const attachmentsByConversation = new SetIndex<number>();
  const notificationsByAgent = new SetIndex<number>();

  const byOrg = <V extends { id: number; orgId: number }>(
    index: SetIndex<number> | SortedIndex<number>,
  ) => ({
    added: (v: V) => index.add(v.orgId, v.id),
    removed: (v: V) => index.remove(v.orgId, v.id),
  });
  const both = <V>(...hooks: { added: (v: V) => void; removed: (v: V) => void }[]) => ({
    added: (v: V) => hooks.forEach((h) => h.added(v)),
    removed: (v: V) => hooks.forEach((h) => h.removed(v)),
  });

  return {
    begin(): Journal {
      journal = new Journal();
      return journal;
    },
    end(): void {
      journal = null;
    },
    seq: {
      org: new Sequence(j),
      inbox: new Sequence(j),
      agent: new Sequence(j),
      team: new Sequence(j),
      contact: new Sequence(j),
      conversation: new Sequence(j),
      message: new Sequence(j),
      ticket: new Sequence(j),
      webhook: new Sequence(j),
      outbox: new Sequence(j),
      delivery: new Sequence(j),
      savedView: new Sequence(j),
      apiToken: new Sequence(j),
      savedReply: new Sequence(j),
      attachment: new Sequence(j),
      notification: new Sequence(j),
    },
    orgs: new Table<number, Org>(j),
    settings: new Table<number, OrgSettings>(j),
    autoAssign: new Table<number, { orgId: number; mode: AutoAssign }>(j),
    agentRouting: new Table<number, AgentRouting>(j),
    inboxes: new Table<number, Inbox>(j, both(byOrg(inboxesByOrg), inboxToken.hooks)),
    agents: new Table<number, AgentRecord>(j, both(byOrg(agentsByOrg), agentEmail.hooks)),
    teams: new Table<number, Team>(j, byOrg(teamsByOrg)),
    sessions: new Table<string, Session>(j),
    contacts: new Table<number, Contact>(j, contactEmail.hooks),
    conversations: new Table<number, Conversation>(j, {
      added: (c) => {
        conversationsByOrg.add(c.orgId, c.id);
        conversationsByContact.add(c.contactId, c.id);
        conversationsByStatus.add(c);
        clock.add(c);
      },
      removed: (c) => {
        conversationsByOrg.remove(c.orgId, c.id);
        conversationsByContact.remove(c.contactId, c.id);
        conversationsByStatus.remove(c);
        clock.remove(c);
      },
    }),
    messages: new Table<number, MessageRecord>(
      j,
      both(
        {
          added: (m: MessageRecord) => messagesByConversation.add(m.conversationId, m.id),
          removed: (m: MessageRecord) => messagesByConversation.remove(m.conversationId, m.id),
        },
        messageKey.hooks,
        lastShown.hooks,
        lastFromContact.hooks,
      ),
    ),
    tickets: new Table<number, Ticket>(j, {
      added: (t) => ticketsByConversation.add(t.conversationId, t.id),
      removed: (t) => ticketsByConversation.remove(t.conversationId, t.id),
    }),
    metrics: new Table<number, ConversationMetrics>(j, {
      added: (m) => metricsByOrg.add(m.orgId, m.conversationId),
      removed: (m) => metricsByOrg.remove(m.orgId, m.conversationId),
    }),
    webhooks: new Table<number, WebhookSubscription>(j, byOrg(webhooksByOrg)),
    outbox: new Table<number, OutboxEntry>(j, byOrg(outboxByOrg)),
    deliveries: new Table<number, WebhookDelivery>(j, {
      added: (d) => deliveriesBySubscription.add(d.subscriptionId, d.id),
      removed: (d) => deliveriesBySubscription.remove(d.subscriptionId, d.id),
    }),
    changeHeads: new Table<number, ChangeHead>(j),
    undos: new Table<string, UndoRecord>(j),
    /** Report figures held by undoable changes, by conversation. */
    heldMetrics: new Table<number, HeldMetrics>(j),
    /** The deliveries of each held outbox entry, which an undo drops with it. */
    heldDeliveries: new Table<number, number[]>(j),
    savedViews: new Table<number, SavedViewRecord>(j),
    savedReplies: new Table<number, SavedReply>(j),
    attachments: new Table<number, AttachmentWithData>(j, {
      added: (a) => attachmentsByConversation.add(a.conversationId, a.id),
      removed: (a) => attachmentsByConversation.remove(a.conversationId, a.id),
    }),
    apiTokens: new Table<number, ApiTokenRecord>(j),
    notifications: new Table<number, NotificationRecord>(j, {
      added: (n) => notificationsByAgent.add(n.agentId, n.id),
      removed: (n) => notificationsByAgent.remove(n.agentId, n.id),
    }),
    idempotentAnswers: new Table<string, IdempotentAnswer>(j),
    changes: new Table<string, ChangeEvent>(
      j,
      both(byOrg(changesByOrg), {
        added: (e: ChangeEvent) => {
          if (e.conversationId !== null) changesByConversation.add(e.conversationId, e.id);
        },
        removed: (e: ChangeEvent) => {
          if (e.conversationId !== null) changesByConversation.remove(e.conversationId, e.id);
        },
      }),
    ),
    index: {
      attachmentsByConversation,
      inboxesByOrg,
      inboxToken: inboxToken.map,
      agentsByOrg,
      agentEmail: agentEmail.map,
      teamsByOrg,
      contactEmail: contactEmail.map,
      conversationsByOrg,
      conversationsByContact,
      conversationsByStatus,
      clock,
      messagesByConversation,
      lastShown,
      lastFromContact,
      messageKey: messageKey.map,
      ticketsByConversation,
      metricsByOrg,
      webhooksByOrg,
      outboxByOrg,
      deliveriesBySubscription,
      changesByOrg,
      changesByConversation,
      notificationsByAgent,
    },
  };
}

export type MemoryState = ReturnType<typeof createMemoryState>;
