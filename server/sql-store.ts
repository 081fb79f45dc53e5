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
  return {
    ...orgMethods(db, settingsSeen),
    ...agentMethods(db),
    ...contactMethods(db),
    ...conversationMethods(db, settingsSeen, optimistic === undefined),
    ...conversationBatchMethods(db),
    listConversations: (orgId, query) => listConversations(db, orgId, query),
    ...messageMethods(db),
    ...undoMethods(db),
    ...metricsMethods(db),
    ...webhookMethods(db),
    ...changeMethods(db, feedLocked),
    ...changeWriteMethods(db, feedLocked, optimistic),
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
