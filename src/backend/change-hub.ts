// Wakes `/api/events` streams after a commit. Plain callbacks, so it runs in the browser (mock
// mode) and in Node alike; a multi-process server can pass its own hub (LISTEN/NOTIFY, say).
export interface ChangeHub {
  /** Called after a transaction that appended to the org's change feed has committed. */
  notify(orgId: number): void;
  /** Returns the unsubscribe function. */
  subscribe(orgId: number, listener: () => void): () => void;
}

export function createChangeHub(): ChangeHub {
  const listeners = new Map<number, Set<() => void>>();
  return {
    notify(orgId) {
      // A Set may lose members while it is iterated (a stream closing itself); that is safe.
      for (const listener of listeners.get(orgId) ?? []) {
        try {
          listener();
        } catch {
          // One broken stream must not stop the others from waking.
        }
      }
    },
    subscribe(orgId, listener) {
      let set = listeners.get(orgId);
      if (!set) listeners.set(orgId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(orgId);
      };
    },
  };
}
