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
  return {
    async transaction(fn) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await client.transaction((tx) => fn(sqlStoreTx(tx)));
        } catch (error) {
          if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error))) throw error;
        }
      }
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

/** `inTransaction`: `db` is one transaction's, so what it read may be kept for its later calls. */
export function sqlStoreTx(db: SqlExecutor, inTransaction = true): StoreTx {
  // The orgs whose feed lock this transaction holds (see server/sql/changes.ts).
  const feedLocked = new Set<number>();
  // The org settings it read along with locked rows (see server/sql/orgs.ts).
  const settingsSeen = inTransaction ? new Map<number, OrgSettings>() : undefined;
  return {
    ...orgMethods(db, settingsSeen),
    ...agentMethods(db),
    ...contactMethods(db),
    ...conversationMethods(db, settingsSeen),
    ...conversationBatchMethods(db),
    listConversations: (orgId, query) => listConversations(db, orgId, query),
    ...messageMethods(db),
    ...undoMethods(db),
    ...metricsMethods(db),
    ...webhookMethods(db),
    ...changeMethods(db, feedLocked),
    ...changeWriteMethods(db, feedLocked),
    ...routingMethods(db, feedLocked),
    ...findMethods(db),
    ...apiTokenMethods(db),
    ...webhookChangeMethods(db),
    ...syncMethods(db),
    ...linkMethods(db),
    ...answerMethods(db),
    ...notificationMethods(db),
  };
}
