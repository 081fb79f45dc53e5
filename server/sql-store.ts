// The backend's Store over SQL: the same code on PGlite and on PostgreSQL. Each transaction gets
// its own StoreTx bound to that transaction's connection.
import type { Store, StoreTx } from '../src/backend/store';
import type { OrgSettings } from '../src/domain';
import type { SqlClient, SqlExecutor } from './db/client';
import { agentMethods } from './sql/agents';
import { answerMethods } from './sql/answer';
import { apiTokenMethods } from './sql/api-tokens';
import { bulkInsertConversations } from './sql/bulk-insert';
import { changeWriteMethods } from './sql/change-writes';
import { changeMethods } from './sql/changes';
import { contactMethods } from './sql/contacts';
import { conversationBatchMethods } from './sql/conversation-batch';
import { listConversations } from './sql/conversation-list';
import { conversationMethods } from './sql/conversations';
import { findMethods } from './sql/find';
import { linkMethods } from './sql/links';
import { messageMethods } from './sql/messages';
import { metricsMethods } from './sql/metrics';
import { notificationMethods } from './sql/notifications';
import { NeedsTransaction, optimisticExecutor, type OptimisticExecutor } from './sql/optimistic';
import { orgMethods } from './sql/orgs';
import { undoMethods } from './sql/undo';
import { routingMethods } from './sql/routing';
import { syncMethods } from './sql/sync';
import { webhookChangeMethods } from './sql/webhook-changes';
import { webhookMethods } from './sql/webhooks';

/** deadlock_detected, serialization_failure: PostgreSQL undid the whole transaction; try again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * A transaction PostgreSQL aborts as a deadlock victim is run again from the start (fresh
 * transaction, fresh reads), so `fn` may run more than once: keep it to database work.
 */
export function createSqlStore(client: SqlClient): Store {
  // Outside a transaction every statement takes a pooled connection of its own.
  const reads = sqlStoreTx(client, false);
  const transaction: Store['transaction'] = async (fn) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await client.transaction((tx) => fn(sqlStoreTx(tx)));
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error))) throw error;
      }
    }
  };
  return {
    transaction,
    // Reads unlocked outside a transaction, then one all-or-nothing write (server/sql/optimistic.ts):
    // read again where a row changed meanwhile (40001); in a transaction where the change needs
    // one after all, or after ATTEMPTS tries.
    async optimistic(fn) {
      for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        const db = optimisticExecutor(client);
        try {
          return await fn(sqlStoreTx(db, true, db));
        } catch (error) {
          if (error instanceof NeedsTransaction) break;
          if (!RETRYABLE.has(sqlState(error))) throw error;
        }
      }
      return transaction(fn);
    },
    read: (fn) => fn(reads),
    bulkInsertConversations: (orgId, rows) =>
      client.transaction((tx) => bulkInsertConversations(tx, orgId, rows)),
    ...(client.writeCount ? { writeCount: client.writeCount } : {}),
    ...(client.vacuum ? { compact: client.vacuum } : {}),
    close: () => client.close(),
  };
}

function sqlState(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * `inTransaction`: `db` is one transaction's (or one optimistic change's), so what it read may be
 * kept for its later calls. `optimistic`: `db` is that executor, and rows read for update are not
 * locked.
 */
export function sqlStoreTx(
  db: SqlExecutor,
  inTransaction = true,
  optimistic?: OptimisticExecutor,
): StoreTx {
  // The orgs whose feed lock this transaction holds (see server/sql/changes.ts).
  const feedLocked = new Set<number>();
  // The org settings it read along with locked rows (see server/sql/orgs.ts).
  const settingsSeen = inTransaction ? new Map<number, OrgSettings>() : undefined;
  const orgs = orgMethods(db, settingsSeen);
  const agents = agentMethods(db);
  const contacts = contactMethods(db);
  const conversations = conversationMethods(db, settingsSeen, optimistic === undefined);
  const batch = conversationBatchMethods(db);
  const messages = messageMethods(db);
  const undo = undoMethods(db);
  const metrics = metricsMethods(db);
  const webhooks = webhookMethods(db);
  const changes = changeMethods(db, feedLocked);
  const changeWrites = changeWriteMethods(db, feedLocked, optimistic);
  const routing = routingMethods(db, feedLocked);
  const find = findMethods(db);
  const apiTokens = apiTokenMethods(db);
  const webhookChanges = webhookChangeMethods(db);
  const sync = syncMethods(db);
  const links = linkMethods(db);
  const answer = answerMethods(db);
  const notifications = notificationMethods(db);
  // Every method named, rather than the groups spread into one object: spreading ~110 methods
  // made V8 build the object as a dictionary, property by property, which cost about half a
  // millisecond of CPU per transaction (a bulk change's whole write call costs a few). A literal
  // has one shape, made once; the type checker refuses a method missing from StoreTx or extra.
  return {
    getOrg: orgs.getOrg,
    insertOrg: orgs.insertOrg,
    listInboxes: orgs.listInboxes,
    findInboxByToken: orgs.findInboxByToken,
    insertInbox: orgs.insertInbox,
    getSettings: orgs.getSettings,
    saveSettings: orgs.saveSettings,
    listTeams: orgs.listTeams,
    insertTeam: orgs.insertTeam,
    findAgentByEmail: agents.findAgentByEmail,
    getAgent: agents.getAgent,
    listAgents: agents.listAgents,
    insertAgent: agents.insertAgent,
    createSession: agents.createSession,
    getSession: agents.getSession,
    deleteSession: agents.deleteSession,
    deleteSessionsOfAgent: agents.deleteSessionsOfAgent,
    getContact: contacts.getContact,
    findContactByEmail: contacts.findContactByEmail,
    insertContact: contacts.insertContact,
    getConversation: conversations.getConversation,
    getConversations: conversations.getConversations,
    countByStatus: conversations.countByStatus,
    latestConversationOf: conversations.latestConversationOf,
    insertConversation: conversations.insertConversation,
    updateConversation: conversations.updateConversation,
    deleteConversation: conversations.deleteConversation,
    listClockCandidates: conversations.listClockCandidates,
    updateConversations: batch.updateConversations,
    listConversations: (orgId, query) => listConversations(db, orgId, query),
    listMessages: messages.listMessages,
    findMessageByIdempotencyKey: messages.findMessageByIdempotencyKey,
    insertMessage: messages.insertMessage,
    insertMessages: messages.insertMessages,
    getTicket: messages.getTicket,
    insertTicket: messages.insertTicket,
    insertUndo: undo.insertUndo,
    getUndo: undo.getUndo,
    markUndone: undo.markUndone,
    deleteMessages: undo.deleteMessages,
    moveMessages: undo.moveMessages,
    dropHeldOutbox: undo.dropHeldOutbox,
    holdMetrics: undo.holdMetrics,
    takeHeldMetrics: undo.takeHeldMetrics,
    dropHeldMetrics: undo.dropHeldMetrics,
    releaseHeldMetrics: undo.releaseHeldMetrics,
    pruneUndo: undo.pruneUndo,
    getMetrics: metrics.getMetrics,
    saveMetrics: metrics.saveMetrics,
    getMetricsOf: metrics.getMetricsOf,
    saveMetricsMany: metrics.saveMetricsMany,
    deleteMetrics: metrics.deleteMetrics,
    listMetrics: metrics.listMetrics,
    listMetricsTouching: metrics.listMetricsTouching,
    listWebhooks: webhooks.listWebhooks,
    getWebhook: webhooks.getWebhook,
    insertWebhook: webhooks.insertWebhook,
    deleteWebhook: webhooks.deleteWebhook,
    setWebhookDisabled: webhooks.setWebhookDisabled,
    enqueueOutbox: webhooks.enqueueOutbox,
    enqueueOutboxMany: webhooks.enqueueOutboxMany,
    listOutbox: webhooks.listOutbox,
    listDeliveries: webhooks.listDeliveries,
    appendChange: changes.appendChange,
    appendChanges: changes.appendChanges,
    listChangesSince: changes.listChangesSince,
    latestChangeId: changes.latestChangeId,
    changeFeedBounds: changes.changeFeedBounds,
    pruneChanges: changes.pruneChanges,
    writeChanges: changeWrites.writeChanges,
    getAutoAssign: routing.getAutoAssign,
    setAutoAssign: routing.setAutoAssign,
    listAgentLoads: routing.listAgentLoads,
    updateAgentRouting: routing.updateAgentRouting,
    listWaiting: routing.listWaiting,
    lockRouting: routing.lockRouting,
    listOrgsWaiting: routing.listOrgsWaiting,
    countConversations: find.countConversations,
    listTags: find.listTags,
    listSavedViews: find.listSavedViews,
    getSavedView: find.getSavedView,
    insertSavedView: find.insertSavedView,
    updateSavedView: find.updateSavedView,
    deleteSavedView: find.deleteSavedView,
    insertApiToken: apiTokens.insertApiToken,
    listApiTokens: apiTokens.listApiTokens,
    findApiTokenByHash: apiTokens.findApiTokenByHash,
    revokeApiToken: apiTokens.revokeApiToken,
    touchApiToken: apiTokens.touchApiToken,
    updateWebhook: webhookChanges.updateWebhook,
    enqueueTo: webhookChanges.enqueueTo,
    redeliverWebhook: webhookChanges.redeliverWebhook,
    listContacts: sync.listContacts,
    listContactConversations: sync.listContactConversations,
    setInboxToken: sync.setInboxToken,
    findIdempotentAnswer: sync.findIdempotentAnswer,
    saveIdempotentAnswer: sync.saveIdempotentAnswer,
    ticketIdsOf: links.ticketIdsOf,
    conversationsLinkingTo: links.conversationsLinkingTo,
    listSavedReplies: answer.listSavedReplies,
    countSavedReplies: answer.countSavedReplies,
    getSavedReply: answer.getSavedReply,
    insertSavedReply: answer.insertSavedReply,
    updateSavedReply: answer.updateSavedReply,
    deleteSavedReply: answer.deleteSavedReply,
    insertAttachment: answer.insertAttachment,
    getAttachments: answer.getAttachments,
    attachToMessage: answer.attachToMessage,
    listMessageAttachments: answer.listMessageAttachments,
    readAttachment: answer.readAttachment,
    insertNotifications: notifications.insertNotifications,
    listNotifications: notifications.listNotifications,
    countUnreadNotifications: notifications.countUnreadNotifications,
    readNotifications: notifications.readNotifications,
  };
}
