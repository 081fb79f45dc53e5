// Who is asking, and the transaction wrapper every service call runs in.
import type { ApiScope } from '../../api';
import type { AgentActor } from '../../domain';
import type { Services } from '../deps';
import { signalNotifications } from './notification-signals';
import type { AgentRecord, ChangeEvent, NewRecord, StoreTx } from '../store';

export interface Caller {
  agent: AgentRecord;
  orgId: number;
  /** Null when an API token authorised the request. */
  sessionToken: string | null;
  /** Set when an API token authorised the request: what it may do. */
  apiToken?: { id: number; scopes: readonly ApiScope[] };
}

export const actorOf = (caller: Caller): AgentActor => ({
  kind: 'agent',
  id: caller.agent.id,
  name: caller.agent.name,
});

export type FeedEntry = Omit<NewRecord<ChangeEvent>, 'createdAt'>;

/** Appends to the change feed and remembers which orgs to wake once the transaction commits. */
export interface Feed {
  append(event: FeedEntry): Promise<void>;
  /** Several entries at once, in the order given. */
  appendMany(events: readonly FeedEntry[]): Promise<void>;
  /** The store appended entries of this org itself (`StoreTx.writeChanges`). */
  wrote(orgId: number): void;
  /** Added for notifications: these agents' notifications changed; tell their streams after the commit. */
  notifyAgents(orgId: number, agentIds: Iterable<number>): void;
}

/**
 * `optimistic`: where the store offers it (`Store.optimistic`), the change reads without locks and
 * writes all or nothing in one statement, without BEGIN and COMMIT; `fn` may then run more than
 * once, as a retried transaction does.
 */
export async function inTransaction<T>(
  svc: Services,
  fn: (tx: StoreTx, feed: Feed, now: number) => Promise<T>,
  opts?: { optimistic?: boolean },
): Promise<T> {
  const touched = new Set<number>();
  const agents = new Map<number, Set<number>>();
  // One clock reading per transaction: every row it writes carries the same time.
  const now = svc.now();
  const run = (tx: StoreTx) => {
    // A retried run starts over: only the last one's rows are committed.
    touched.clear();
    agents.clear();
    return fn(
      tx,
      {
        async append(event) {
          await tx.appendChange({ ...event, createdAt: now });
          touched.add(event.orgId);
        },
        async appendMany(events) {
          if (events.length === 0) return;
          await tx.appendChanges(events.map((event) => ({ ...event, createdAt: now })));
          for (const event of events) touched.add(event.orgId);
        },
        wrote(orgId) {
          touched.add(orgId);
        },
        notifyAgents(orgId, agentIds) {
          let set = agents.get(orgId);
          if (!set) agents.set(orgId, (set = new Set()));
          for (const id of agentIds) set.add(id);
        },
      },
      now,
    );
  };
  const { store } = svc;
  const result = await (opts?.optimistic === true && store.optimistic
    ? store.optimistic(run)
    : store.transaction(run));
  // Only after the commit: a woken stream must find the new rows.
  for (const orgId of touched) svc.changes.notify(orgId);
  if (agents.size > 0) await signalNotifications(svc, agents);
  return result;
}
