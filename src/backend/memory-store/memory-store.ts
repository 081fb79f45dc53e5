// The in-memory Store: the mock API's database and the API suite's reference. Transactions run
// one at a time (a promise queue) and undo their writes from a journal when they fail.
import { bulkLoad } from './bulk';
import { answerMethods } from './tx-answer';
import { createMemoryState, type MemoryState } from './state';
import { batchMethods } from './tx-batch';
import { conversationMethods } from './tx-conversations';
import { findMethods } from './tx-find';
import { linkMethods } from './tx-links';
import { orgMethods } from './tx-org';
import { undoMethods } from './tx-undo';
import { routingMethods } from './tx-routing';
import { syncMethods } from './tx-sync';
import { notificationMethods } from './tx-notifications';
import { tokenMethods } from './tx-tokens';
import { webhookMethods } from './tx-webhooks';
import type { Store, StoreTx } from '../store';

function createTx(s: MemoryState): StoreTx {
  const singles = {
    ...orgMethods(s),
    ...conversationMethods(s),
    ...webhookMethods(s),
    ...routingMethods(s),
    ...findMethods(s),
    ...tokenMethods(s),
    ...syncMethods(s),
    ...answerMethods(s),
  };
  return {
    ...singles,
    ...batchMethods(singles),
    ...undoMethods(s),
    ...linkMethods(s),
    ...notificationMethods(s),
  };
}

export interface MemoryStore extends Store {
  /** The number of conversations held, for benchmarks and the dev scenario switcher. */
  size(): number;
}

export function createMemoryStore(): MemoryStore {
  const state = createMemoryState();
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  return {
    transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('memory store: closed'));
      // Nested transactions would wait on themselves: the queue is strictly one at a time.
      const run = tail.then(async () => {
        const journal = state.begin();
        let live = true;
        const tx = guard(createTx(state), () => live);
        try {
          const result = await fn(tx);
          return result;
        } catch (error) {
          journal.rollback();
          throw error;
        } finally {
          live = false;
          state.end();
        }
      });
      tail = run.catch(() => undefined);
      return run;
    },
    // One at a time like everything here, so a read never sees half a transaction.
    read(fn) {
      return this.transaction(fn);
    },
    bulkInsertConversations(orgId, rows) {
      return this.transaction(async () => bulkLoad(state, orgId, rows));
    },
    async close() {
      closed = true;
      await tail;
    },
    size: () => state.conversations.size,
  };
}

/** Refuses calls after the transaction ended: a leaked tx would write outside any journal. */
function guard(tx: StoreTx, isLive: () => boolean): StoreTx {
  const guarded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tx)) {
    guarded[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            if (!isLive()) throw new Error('memory store: transaction already ended');
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  }
  return guarded as unknown as StoreTx;
}
