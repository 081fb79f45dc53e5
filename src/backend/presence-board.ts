// Who is in which conversation (SPEC 7.5), kept in memory by each process from the presence
// signals it hears (its own and, on PostgreSQL, the other processes'). A report counts until its
// `expiresAt`, so a viewer whose tab went away is gone 15 seconds after its last report; nothing is
// written to the database, the conversation or the change feed.
import type { PresenceEvent, Viewer } from '../api';
import type { SignalHub } from './signal-hub';

export interface PresenceBoard {
  /** The agents in the conversation at `now`, the one asking left out, by name. */
  viewers(orgId: number, conversationId: number, now: number, except: number): Viewer[];
  /** The conversations the agent is present in at `now`. */
  roomsOf(orgId: number, agentId: number, now: number): number[];
}

export function createPresenceBoard(signals: SignalHub): PresenceBoard {
  /** `${orgId}:${conversationId}` -> agentId -> their last report. */
  const rooms = new Map<string, Map<number, PresenceEvent>>();
  signals.listen((signal) => {
    if (signal.type !== 'presence') return;
    const { data } = signal;
    const key = `${signal.orgId}:${data.conversationId}`;
    let room = rooms.get(key);
    if (data.state === 'left') {
      room?.delete(data.agentId);
      if (room?.size === 0) rooms.delete(key);
      return;
    }
    if (!room) rooms.set(key, (room = new Map()));
    room.set(data.agentId, data);
  });
  return {
    roomsOf(orgId, agentId, now) {
      const ids: number[] = [];
      for (const [key, room] of rooms) {
        const report = room.get(agentId);
        if (report && report.expiresAt > now && key.startsWith(`${orgId}:`))
          ids.push(report.conversationId);
      }
      return ids;
    },
    viewers(orgId, conversationId, now, except) {
      const key = `${orgId}:${conversationId}`;
      const room = rooms.get(key);
      if (!room) return [];
      const viewers: Viewer[] = [];
      for (const [agentId, report] of room) {
        // Expired reports are dropped when looked at, so the board holds only the present.
        if (report.expiresAt <= now) room.delete(agentId);
        else if (agentId !== except)
          viewers.push({ agentId, name: report.name, typing: report.state === 'typing' });
      }
      if (room.size === 0) rooms.delete(key);
      return viewers.sort((a, b) => a.name.localeCompare(b.name) || a.agentId - b.agentId);
    },
  };
}
