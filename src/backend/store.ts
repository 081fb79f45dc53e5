// The storage boundary of the backend. The service speaks only to this interface; the memory Store
// (./memory-store/) and the SQL Store (server/sql-store.ts) implement it and pass the same suite.
import type {
  Agent,
  AgentLoad,
  AutoAssign,
  Channel,
  Contact,
  Conversation,
  Link,
  ConversationStatus,
  Message,
  OrgSettings,
  ResolvedFilter,
  SavedView,
  Sort,
  Team,
  WebhookEventType,
  UndoFields,
  MergeRestore,
  ThreadPlace,
  WebhookPayload,
} from '../domain';
import type { ApiScope, NotificationKind } from '../api';
import type { AnswerStoreTx } from './answer-store';

export interface Org {
  id: number;
  name: string;
}

export interface Inbox {
  id: number;
  orgId: number;
  name: string;
  /** The bearer token of `POST /api/inbound`. */
  token: string;
}

export interface AgentRecord extends Agent {
  passwordHash: string;
  /** Whether this agent may delete conversations together with their metrics. */
  canDeleteMetrics: boolean;
}

export interface Session {
  token: string;
  agentId: number;
  orgId: number;
  expiresAt: number;
}

export interface SessionWithAgent extends Session {
  agent: AgentRecord | null;
}

export interface Ticket {
  id: number;
  orgId: number;
  /** The conversation this ticket is a child of; deleted with it. */
  conversationId: number;
  title: string;
  createdAt: number;
}

/** A stored message, with the key that makes its creation idempotent. */
export interface MessageRecord extends Message {
  orgId: number;
  idempotencyKey: string | null;
}

/**
 * Which stretch of a thread to read: a keyset on (createdAt, id), the thread's time order (a
 * merged thread interleaves two histories whose ids do not follow their times).
 */
export type MessageRange =
  | { order?: 'oldest' | undefined; after?: ThreadPlace | undefined; limit: number }
  | { order: 'newest'; before?: ThreadPlace | undefined; limit: number };

/**
 * What reports keep of a conversation. Deleting with `retain_metrics=true` keeps the row and sets
 * `deleted`; `retain_metrics=false` removes it.
 */
export interface ConversationMetrics {
  conversationId: number;
  orgId: number;
  channel: Conversation['channel'];
  status: ConversationStatus;
  createdAt: number;
  firstResponseAt: number | null;
  closedAt: number | null;
  deleted: boolean;
}

export interface WebhookSubscription {
  id: number;
  orgId: number;
  url: string;
  events: WebhookEventType[];
  secret: string;
  createdAt: number;
  /**
   * Carried over from before `conversation_status_updated` was retired: only such subscriptions
   * receive it. Set by data migration or seeding, never through the API.
   */
  legacy: boolean;
  /** Set when deliveries stopped: failing for days (by the worker) or an admin's choice. */
  disabledAt: number | null;
  disabledReason: string | null;
  /** Set while an admin holds deliveries: they stay queued and go out once it is cleared. */
  pausedAt: number | null;
  /** The secret before the last rotation, still signing beside the new one until this time. */
  previousSecret: string | null;
  previousSecretUntil: number | null;
}

/** What `PATCH /api/webhooks/:id` and a secret rotation change; absent fields stay as they are. */
export interface WebhookChange {
  url?: string;
  events?: WebhookEventType[];
  pausedAt?: number | null;
  rotate?: { secret: string; previousSecret: string; previousSecretUntil: number };
}

/** An API token as stored: only the hash of the token itself (SPEC 7.7). */
export interface ApiTokenRecord {
  id: number;
  orgId: number;
  /** The admin who made it: the token acts as them, within its scopes. */
  agentId: number;
  name: string;
  scopes: ApiScope[];
  /** sha256 (hex) of the token. */
  tokenHash: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** One agent's notification (SPEC 7.5): a mention, an assignment, a contact's message. */
export interface NotificationRecord {
  id: number;
  orgId: number;
  agentId: number;
  kind: NotificationKind;
  conversationId: number;
  createdAt: number;
  readAt: number | null;
}

/** A notification as listed: with the name of the conversation's contact, for its line. */
export interface ListedNotification extends NotificationRecord {
  contactName: string;
}

export interface IdempotentAnswer {
  orgId: number;
  agentId: number;
  key: string;
  route: string;
  answer: unknown;
  createdAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The `lastError` of deliveries still pending when their subscription was disabled. */
export const DISABLED_ERROR = 'endpoint disabled';

/** One outbox entry on its way to one subscription: the delivery log's row. */
export interface WebhookDelivery {
  /** The row's own key, which orders the log; never shown (it counts every org's deliveries). */
  id: number;
  /**
   * Opaque and random: the log's id and `X-Parley-Delivery`, the same on every retry, so
   * receivers can drop repeats without learning how many deliveries other orgs get.
   */
  key: string;
  subscriptionId: number;
  eventType: WebhookEventType;
  conversationId: number;
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt: number | null;
  /** When the next attempt is due; null once delivered or failed. */
  nextAttemptAt: number | null;
  responseStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
  createdAt: number;
}

/** A webhook payload waiting in the outbox, written in the same transaction as its change. */
export interface OutboxEntry {
  id: number;
  orgId: number;
  conversationId: number;
  payload: WebhookPayload;
  createdAt: number;
  /** Added for undo: the payload of an undoable change waits until its window has passed. */
  hold?: OutboxHold | null | undefined;
}

/**
 * Added for undo: an outbox entry held by an undoable change: no delivery is due before `until`,
 * and undoing the change (`token`) drops it.
 */
export interface OutboxHold {
  token: string;
  until: number;
}

/** Added for undo: one conversation of an undoable change, what it replaced and what it wrote. */
export interface UndoItem {
  conversationId: number;
  before: UndoFields;
  after: UndoFields;
  /** The thread lines the change wrote; the undo removes them. */
  messageIds: number[];
  /** Added for merge: the fields the merge joined, as they were; the undo puts them back. */
  restore?: MergeRestore | undefined;
  /** Added for merge: the thread rows the merge moved from this conversation into `into`. */
  moved?: { ids: number[]; into: number } | undefined;
}

/**
 * Added for undo: the report figures an undoable change moved, held until its window has passed
 * (`releaseAt`, the change's `expiresAt`): until then reports show the conversation's row as it
 * was; undoing the change (`token`) drops them, and afterwards they are applied to the row.
 */
export interface HeldMetrics {
  orgId: number;
  conversationId: number;
  token: string;
  releaseAt: number;
  status: ConversationStatus;
  closedAt: number | null;
}

/** Added for undo: an undoable change, kept in the database so any process can undo it. */
export interface UndoRecord {
  token: string;
  orgId: number;
  agentId: number;
  createdAt: number;
  expiresAt: number;
  undoneAt: number | null;
  items: UndoItem[];
}

/**
 * One entry of the org's change feed (`GET /api/events`); ids are the org's own and grow, so a
 * client can resume.
 */
export interface ChangeEvent {
  id: number;
  orgId: number;
  type: 'conversation.changed' | 'conversation.deleted' | 'message.added' | 'counts.changed';
  conversationId: number | null;
  data: unknown;
  createdAt: number;
}

/** Keyset position in a sorted list: the last row seen, with the key of the list's order. */
export interface Cursor {
  updatedAt: number;
  id: number;
  /** With `sort: 'waiting'`: the last row's `waitingSince`. */
  waitingSince?: number | null | undefined;
  /** With `sort: 'relevance'`: the last row's rank. */
  rank?: number | undefined;
}

/**
 * A page of a list: the domain's filter with `me` resolved, its view given as the statuses it holds
 * (what a store indexes), in keyset order.
 */
export interface ConversationQuery extends Omit<ResolvedFilter, 'view'> {
  statuses: readonly ConversationStatus[];
  sort: Sort;
  limit: number;
  after?: Cursor | undefined;
}

/** A saved view as stored. */
export interface SavedViewRecord extends SavedView {
  orgId: number;
  createdAt: number;
}

/** The StoreTx methods for finding conversations (counts of a filter, tags, saved views). */
export type FindKeys =
  | 'countConversations'
  | 'listTags'
  | 'listSavedViews'
  | 'getSavedView'
  | 'insertSavedView'
  | 'updateSavedView'
  | 'deleteSavedView';

/** A list's filter without its order or page: what a count reads. */
export type CountQuery = Omit<ConversationQuery, 'sort' | 'limit' | 'after'>;

/** A tag as the org uses it: the color of its most recent use, and how many conversations. */
export interface TagUse {
  name: string;
  color: string;
  count: number;
}

/** A conversation as a list row shows it. */
export interface ConversationRow extends Conversation {
  contact: Pick<Contact, 'id' | 'name' | 'email'>;
  /** The newest chat or note, for the row's preview line. */
  lastMessage: Pick<Message, 'type' | 'authorType' | 'body' | 'createdAt'> | null;
  /** The newest message from the contact: what the customer last said (SPEC 7.4). */
  contactMessage: Pick<Message, 'body' | 'createdAt'> | null;
  /** In best-match order (`sort: 'relevance'`): how well the row matched, for the next cursor. */
  rank?: number | undefined;
}

export type NewRecord<T extends { id: number }> = Omit<T, 'id'>;

/**
 * Added for bulk changes: every write of one commit (`commitChanges`) of one org, for a store that
 * makes them in one round trip (`StoreTx.writeChanges`). The result is that of the steps in turn:
 * `updateConversations`, `insertMessages`, `enqueueOutboxMany`, the report figures of `moved`
 * (see `commitChanges`), `appendChanges` and `insertUndo`.
 */
export interface ChangeWrites {
  orgId: number;
  updates: readonly { conversation: Conversation; expectedVersion: number }[];
  messages: readonly NewRecord<MessageRecord>[];
  outbox: readonly NewRecord<OutboxEntry>[];
  /**
   * The conversations whose status moved: the report row each gets when it has none (its state
   * before the change) and its new status. With `hold`, the new figures wait in the held table.
   */
  moved: readonly { fallback: ConversationMetrics; status: ConversationStatus }[];
  now: number;
  hold: OutboxHold | null;
  /** Feed entries in order; with `message` (an index into `messages`), the data is that line. */
  feed: readonly (Omit<NewRecord<ChangeEvent>, 'createdAt'> & { message?: number })[];
  /** The undo record, each item's `messageIds` the lines written for its conversation. */
  undo: UndoRecord | null;
  /**
   * Nothing follows this write in the transaction. Under `Store.optimistic` only such a write can
   * be made without a transaction; any other makes the change run in one.
   */
  last: boolean;
}

/** Everything the service may read or write, inside one transaction. */
export interface StoreTx extends AnswerStoreTx {
  // Orgs, inboxes, settings
  getOrg(orgId: number): Promise<Org | null>;
  listInboxes(orgId: number): Promise<Inbox[]>;
  findInboxByToken(token: string): Promise<Inbox | null>;
  getSettings(orgId: number): Promise<OrgSettings>;
  saveSettings(orgId: number, settings: OrgSettings): Promise<void>;
  /** Added for seeding (demo data, a deployment's first org). */
  insertOrg(org: NewRecord<Org>): Promise<Org>;
  insertInbox(inbox: NewRecord<Inbox>): Promise<Inbox>;

  // Agents, teams, sessions
  findAgentByEmail(email: string): Promise<AgentRecord | null>;
  getAgent(orgId: number, agentId: number): Promise<AgentRecord | null>;
  listAgents(orgId: number): Promise<AgentRecord[]>;
  listTeams(orgId: number): Promise<Team[]>;
  /** Added for seeding. Emails are unique across orgs (sign-in finds the agent by email alone). */
  insertAgent(agent: NewRecord<AgentRecord>): Promise<AgentRecord>;
  insertTeam(team: NewRecord<Team>): Promise<Team>;
  createSession(session: Session): Promise<void>;
  /** The session with its agent (null when the agent is gone), in one read: every request asks. */
  getSession(token: string): Promise<SessionWithAgent | null>;
  deleteSession(token: string): Promise<void>;
  /** Ends every session of one agent ("sign out everywhere"). */
  deleteSessionsOfAgent(orgId: number, agentId: number): Promise<void>;

  // Contacts
  getContact(orgId: number, contactId: number): Promise<Contact | null>;
  findContactByEmail(orgId: number, email: string): Promise<Contact | null>;
  insertContact(contact: NewRecord<Contact>): Promise<Contact>;

  // Conversations
  /** With `forUpdate`, the row is locked until the transaction ends (SELECT … FOR UPDATE). */
  getConversation(
    orgId: number,
    id: number,
    opts?: { forUpdate?: boolean },
  ): Promise<Conversation | null>;
  /** Several at once, locked in id order with `forUpdate`; missing ids are left out. */
  getConversations(
    orgId: number,
    ids: readonly number[],
    opts?: { forUpdate?: boolean },
  ): Promise<Conversation[]>;
  listConversations(orgId: number, query: ConversationQuery): Promise<ConversationRow[]>;
  countByStatus(orgId: number): Promise<Partial<Record<ConversationStatus, number>>>;
  /** Added for saved views and the navigation's shortcuts: how many rows a filter holds. */
  countConversations(orgId: number, query: CountQuery): Promise<number>;
  /** Added for the tag filter and picker: every tag of the org, with how many conversations use it. */
  listTags(orgId: number): Promise<TagUse[]>;

  // Saved views
  /** The agent's own views and the org's shared ones, oldest first. */
  listSavedViews(orgId: number, agentId: number): Promise<SavedViewRecord[]>;
  getSavedView(orgId: number, id: number): Promise<SavedViewRecord | null>;
  insertSavedView(view: NewRecord<SavedViewRecord>): Promise<SavedViewRecord>;
  updateSavedView(view: SavedViewRecord): Promise<void>;
  deleteSavedView(orgId: number, id: number): Promise<void>;
  /** The contact's most recently updated conversation on a channel in an inbox. */
  latestConversationOf(
    orgId: number,
    inboxId: number,
    contactId: number,
    channel: Channel,
  ): Promise<Conversation | null>;
  insertConversation(conversation: NewRecord<Conversation>): Promise<Conversation>;
  /**
   * Saves a changed conversation if the stored version is still `expectedVersion`; returns false
   * (and writes nothing) when another change got there first.
   */
  updateConversation(conversation: Conversation, expectedVersion: number): Promise<boolean>;
  /**
   * Added for bulk changes: `updateConversation` for many at once, in one statement where the
   * store can. Answers the ids NOT saved because their stored version was not the expected one
   * (the others are saved; the caller fails the transaction to undo them).
   */
  updateConversations(
    updates: readonly { conversation: Conversation; expectedVersion: number }[],
  ): Promise<number[]>;
  /** Removes the conversation, its messages, its child tickets and its feed-visible data. */
  deleteConversation(orgId: number, id: number): Promise<void>;
  /** Conversations whose clock rules may be due at `now` (snooze ended, quiet, stale email). */
  listClockCandidates(now: number, limit: number): Promise<Conversation[]>;

  // Messages
  /** A page of a thread: in time order (createdAt, then id) after `after`, or, with
   * `order: 'newest'`, in reverse before `before` (from the newest message when it is absent). */
  listMessages(orgId: number, conversationId: number, opts: MessageRange): Promise<MessageRecord[]>;
  findMessageByIdempotencyKey(conversationId: number, key: string): Promise<MessageRecord | null>;
  insertMessage(message: NewRecord<MessageRecord>): Promise<MessageRecord>;
  /** Added for bulk changes: `insertMessage` for many at once; ids grow in the order given. */
  insertMessages(messages: readonly NewRecord<MessageRecord>[]): Promise<MessageRecord[]>;

  // Tickets and links
  getTicket(orgId: number, ticketId: number): Promise<Ticket | null>;
  insertTicket(ticket: NewRecord<Ticket>): Promise<Ticket>;
  /** The ids of the tickets a conversation owns (created as its children). */
  ticketIdsOf(orgId: number, conversationId: number): Promise<number[]>;
  /** The conversations whose `links` hold any of these, locked for update, by id. */
  conversationsLinkingTo(orgId: number, links: readonly Link[]): Promise<Conversation[]>;

  // Report metrics
  getMetrics(orgId: number, conversationId: number): Promise<ConversationMetrics | null>;
  saveMetrics(metrics: ConversationMetrics): Promise<void>;
  deleteMetrics(orgId: number, conversationId: number): Promise<void>;
  /** Added for bulk changes: the rows of these conversations that exist, in any order. */
  getMetricsOf(orgId: number, conversationIds: readonly number[]): Promise<ConversationMetrics[]>;
  /** Added for bulk changes: `saveMetrics` for many rows at once. */
  saveMetricsMany(metrics: readonly ConversationMetrics[]): Promise<void>;
  /** The rows whose conversation was created in [from, to). */
  listMetrics(orgId: number, range: { from: number; to: number }): Promise<ConversationMetrics[]>;
  /** The rows whose conversation was created, or last closed, in [from, to). */
  listMetricsTouching(
    orgId: number,
    range: { from: number; to: number },
  ): Promise<ConversationMetrics[]>;

  // Webhooks and their outbox
  listWebhooks(orgId: number): Promise<WebhookSubscription[]>;
  getWebhook(orgId: number, id: number): Promise<WebhookSubscription | null>;
  /** `legacy` defaults to false: only data migration and seeding make legacy subscriptions. */
  insertWebhook(
    subscription: Omit<
      NewRecord<WebhookSubscription>,
      | 'legacy'
      | 'disabledAt'
      | 'disabledReason'
      | 'pausedAt'
      | 'previousSecret'
      | 'previousSecretUntil'
    > & {
      legacy?: boolean;
    },
  ): Promise<WebhookSubscription>;
  deleteWebhook(orgId: number, id: number): Promise<boolean>;
  /**
   * Turns deliveries off (`disabled` with its reason: pending deliveries fail, new events are not
   * queued for it) or back on (null); null when the subscription is not the org's.
   */
  setWebhookDisabled(
    orgId: number,
    id: number,
    disabled: { at: number; reason: string } | null,
  ): Promise<WebhookSubscription | null>;
  /** Added for integrators: changes a subscription; null when it is not the org's. */
  updateWebhook(
    orgId: number,
    id: number,
    change: WebhookChange,
  ): Promise<WebhookSubscription | null>;
  /** Added for integrators: an outbox entry delivered to this one subscription (a ping). */
  enqueueTo(subscriptionId: number, entry: NewRecord<OutboxEntry>): Promise<WebhookDelivery>;
  /**
   * Added for integrators: makes one delivery of the subscription (by its opaque key) pending and
   * due at `now` again, its log kept; null when there is no such delivery of the org's.
   */
  redeliverWebhook(
    orgId: number,
    subscriptionId: number,
    key: string,
    now: number,
  ): Promise<WebhookDelivery | null>;
  /**
   * Writes the entry and, in the same transaction, one pending delivery for each of the org's
   * subscriptions that receives its type (`receivesWebhook`); later subscriptions never get it.
   */
  enqueueOutbox(entry: NewRecord<OutboxEntry>): Promise<void>;
  /**
   * Added for bulk changes: `enqueueOutbox` for many entries at once; outbox and delivery ids grow
   * in the order given, as if each were enqueued in turn.
   */
  enqueueOutboxMany(entries: readonly NewRecord<OutboxEntry>[]): Promise<void>;
  /** A subscription's deliveries, newest first. */
  listDeliveries(orgId: number, subscriptionId: number, limit: number): Promise<WebhookDelivery[]>;
  /** Added for the API suite: the org's outbox entries in id order, delivered or not. */
  listOutbox(orgId: number): Promise<OutboxEntry[]>;

  // API tokens (added for integrators)
  insertApiToken(
    token: Omit<NewRecord<ApiTokenRecord>, 'lastUsedAt' | 'revokedAt'>,
  ): Promise<ApiTokenRecord>;
  /** The org's tokens, revoked ones included, oldest first. */
  listApiTokens(orgId: number): Promise<ApiTokenRecord[]>;
  findApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  /** Sets `revokedAt` once (a second revoke keeps the first time); null when not the org's. */
  revokeApiToken(orgId: number, id: number, at: number): Promise<ApiTokenRecord | null>;
  touchApiToken(id: number, at: number): Promise<void>;

  // Sync data (added for integrators)
  /** The org's contacts in id order, after `afterId`. */
  listContacts(orgId: number, afterId: number, limit: number): Promise<Contact[]>;
  /** A contact's conversations, newest first (by `updatedAt`), at most `limit`. */
  listContactConversations(
    orgId: number,
    contactId: number,
    limit: number,
  ): Promise<Conversation[]>;
  /** Replaces an inbox's inbound token; null when the inbox is not the org's. */
  setInboxToken(orgId: number, inboxId: number, token: string): Promise<Inbox | null>;

  // Idempotency keys of PATCH and bulk requests (added for integrators)
  /** The answer kept for this agent's key, and the route it answered. */
  findIdempotentAnswer(
    orgId: number,
    agentId: number,
    key: string,
  ): Promise<{ route: string; answer: unknown } | null>;
  /** Keeps an answer (a second save of one key keeps the first) and forgets those before `forgetBefore`. */
  saveIdempotentAnswer(entry: IdempotentAnswer, forgetBefore: number): Promise<void>;

  // The change feed
  appendChange(event: NewRecord<ChangeEvent>): Promise<ChangeEvent>;
  /** Added for bulk changes: `appendChange` for many at once; ids grow in the order given. */
  appendChanges(events: readonly NewRecord<ChangeEvent>[]): Promise<ChangeEvent[]>;
  listChangesSince(orgId: number, afterId: number, limit: number): Promise<ChangeEvent[]>;
  /**
   * Added, optional: the org's newest change id (0 if none), where a fresh event stream starts.
   * Without it the backend pages through `listChangesSince`.
   */
  latestChangeId?(orgId: number): Promise<number>;
  /**
   * Added for bounded growth: the org's newest change id (0 if none) and the newest id pruned
   * (0 if none). A stream resuming from before `prunedThrough`, or from after `latest` (an id of
   * another database), cannot be given what it missed.
   */
  changeFeedBounds(orgId: number): Promise<ChangeFeedBounds>;
  /** Added for bounded growth: removes every org's changes made before this time; how many. */
  pruneChanges(createdBefore: number): Promise<number>;

  /**
   * Added for bulk changes, optional: `ChangeWrites` at once (one statement on SQL); answers the
   * ids of the conversations whose version had moved (the caller must then abandon the
   * transaction: the rest was written) and the ids of the lines written, in order.
   */
  writeChanges?(writes: ChangeWrites): Promise<{ stale: number[]; messageIds: number[] }>;

  // Undo (SPEC 7.2)
  insertUndo(record: UndoRecord): Promise<void>;
  /** The record of a token, whatever its org (the service tells callers apart); locked with
   * `forUpdate`, so two undos of one change run one after the other. */
  getUndo(token: string, opts?: { forUpdate?: boolean }): Promise<UndoRecord | null>;
  markUndone(token: string, at: number): Promise<void>;
  /** Added for merge: moves the thread rows of `fromId` (only `ids`, when given) to `toId`;
   * answers the ids moved, in order. */
  moveMessages(
    orgId: number,
    fromId: number,
    toId: number,
    ids?: readonly number[],
  ): Promise<number[]>;
  /** Removes these messages of the org (an undone change's thread lines). */
  deleteMessages(orgId: number, ids: readonly number[]): Promise<void>;
  /** Drops the outbox entries (and their deliveries) held by an undone change. */
  dropHeldOutbox(orgId: number, token: string): Promise<void>;
  /** Holds these report figures (one per conversation; a newer one replaces an older). */
  holdMetrics(rows: readonly HeldMetrics[]): Promise<void>;
  /** Removes and answers the held figures of these conversations (a later change settles them). */
  takeHeldMetrics(orgId: number, conversationIds: readonly number[]): Promise<HeldMetrics[]>;
  /** Drops the figures held by an undone change. */
  dropHeldMetrics(orgId: number, token: string): Promise<void>;
  /**
   * Applies the held figures whose window closed before `now` (of one org, or of every org) to
   * the report rows that still exist, and removes them; how many were released.
   */
  releaseHeldMetrics(now: number, orgId?: number): Promise<number>;
  /** Removes the undo records made before this time (long past their window); how many. */
  pruneUndo(createdBefore: number): Promise<number>;

  // Notifications (SPEC 7.5), added
  insertNotifications(
    rows: readonly Omit<NewRecord<NotificationRecord>, 'readAt'>[],
  ): Promise<void>;
  /** The agent's newest notifications first (by time, then id), at most `limit`. */
  listNotifications(orgId: number, agentId: number, limit: number): Promise<ListedNotification[]>;
  countUnreadNotifications(orgId: number, agentId: number): Promise<number>;
  /** Marks these of the agent's (all, for `'all'`) read at `at`; how many were unread. */
  readNotifications(
    orgId: number,
    agentId: number,
    ids: readonly number[] | 'all',
    at: number,
  ): Promise<number>;

  // Routing (SPEC 7.1), added
  getAutoAssign(orgId: number): Promise<AutoAssign>;
  setAutoAssign(orgId: number, mode: AutoAssign): Promise<void>;
  /** The org's agents as routing sees them (their open assigned conversations counted), by id. */
  listAgentLoads(orgId: number): Promise<AgentLoad[]>;
  /** Sets what the patch gives; false (and nothing written) when the agent is not the org's. */
  updateAgentRouting(orgId: number, agentId: number, patch: AgentRoutingPatch): Promise<boolean>;
  /**
   * Open, unassigned conversations, oldest first (`updatedAt`, then id), locked; a row another
   * transaction holds is skipped (that transaction routes it itself, or a later drain does).
   */
  listWaiting(orgId: number, limit: number): Promise<Conversation[]>;
  /**
   * Holds the org's routing lock until the transaction ends, so one transaction at a time reads
   * the agents' loads and assigns: never two assignments of one conversation, never over capacity.
   */
  lockRouting(orgId: number): Promise<void>;
  /** Orgs on round robin with a conversation waiting: what the clock drains. */
  listOrgsWaiting(limit: number): Promise<number[]>;
}

/** The routing methods of StoreTx, which each Store keeps in a file of its own. */
export type RoutingKeys =
  | 'getAutoAssign'
  | 'setAutoAssign'
  | 'listAgentLoads'
  | 'updateAgentRouting'
  | 'listWaiting'
  | 'lockRouting'
  | 'listOrgsWaiting';

export interface AgentRoutingPatch {
  available?: boolean;
  capacity?: number;
  teamIds?: readonly number[];
  lastAssignedAt?: number;
}

export interface ChangeFeedBounds {
  latest: number;
  prunedThrough: number;
}

/** One conversation of a bulk load: its new contact and the contact's opening message. */
export interface BulkConversation {
  contact: Pick<Contact, 'name' | 'email'>;
  conversation: Omit<NewRecord<Conversation>, 'orgId' | 'contactId'>;
  message: Pick<Message, 'body' | 'createdAt'>;
}

export interface Store {
  /** Runs `fn` in one transaction: everything it wrote commits together, or nothing does. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Runs reads that need no transaction: each statement sees what is committed when it runs, and
   * nothing is locked. For the hot reads (the session, a page of a view, a conversation, a page of
   * its thread), where BEGIN and COMMIT would double the round trips. A write here stands alone.
   */
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Added, optional: `transaction` in fewer round trips, for a change whose one write is
   * `writeChanges` with `last` (a bulk close). Rows read for update are not locked and nothing
   * runs BEGIN or COMMIT: the write is all or nothing on its own, and undoes itself where a row's
   * version is not the one read, after which `fn` runs again on fresh reads (so it may run more
   * than once: keep it to database work). Where `fn` turns out to need more (another write, a
   * lock), it runs again in `transaction`, which is also what a store without this does.
   */
  optimistic?<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Added, optional: a fast path for seeding many conversations at once (benchmarks, the mock's
   * dataset-size scenario), atomic like a transaction; writes each one's metrics row too. The store
   * may keep the row objects. Without it, `seedBulk` inserts through `transaction`.
   */
  bulkInsertConversations?(orgId: number, rows: readonly BulkConversation[]): Promise<void>;
  /**
   * Added, optional, only where this process is the database's one client (PGlite): a count that
   * has grown by the time any write's transaction (or lone write statement) has finished, so an
   * unchanged count means nothing was written since. Read without a query; where it is missing,
   * the change feed's newest id says the same for what the inbox shows, at the cost of a query.
   */
  writeCount?(): number;
  /**
   * Added, optional, where the database does not reclaim space by itself (PGlite has no
   * autovacuum): gives back the space of deleted rows, so an idle database stops growing.
   */
  compact?(): Promise<void>;
  /** Releases connections; the Store is unusable afterwards. */
  close(): Promise<void>;
}
