// Signals: what the event streams send but the change feed does not keep, as presence (SPEC 7.5)
// and "your notifications changed". Plain callbacks in one process (the browser's mock, PGlite);
// on PostgreSQL the host passes a hub that also carries them to the other processes (NOTIFY).
import type { PresenceEvent } from '../api';

export type Signal =
  | { type: 'presence'; orgId: number; data: PresenceEvent }
  /** Only the stream of `agentId` sends it. */
  | { type: 'notifications'; orgId: number; agentId: number; data: { unreadCount: number } };

export interface SignalHub {
  /** To every listener here and, where there are others, in the other processes. */
  publish(signal: Signal): void;
  /** Every signal of every org; returns the unsubscribe function. */
  listen(listener: (signal: Signal) => void): () => void;
}

export function createSignalHub(): SignalHub & { deliver(signal: Signal): void } {
  const listeners = new Set<(signal: Signal) => void>();
  const deliver = (signal: Signal) => {
    for (const listener of listeners) {
      try {
        listener(signal);
      } catch {
        // One broken listener must not keep the signal from the others.
      }
    }
  };
  return {
    publish: deliver,
    deliver,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
