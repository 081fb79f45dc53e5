// Presence (SPEC 7.5) on the client: who else is in each conversation, from the `presence` events of
// the live stream and the `viewers` of a conversation's answer. A viewer counts for 15 seconds
// after it was last heard of (by this browser's clock, so a skewed server clock cannot matter).
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { PRESENCE_TTL_MS, type PresenceEvent, type Viewer } from '../api';

interface Seen {
  name: string;
  typing: boolean;
  /** Local time after which this viewer is gone. */
  until: number;
}

interface PresenceState {
  rooms: Record<number, Record<number, Seen>>;
  heard: (event: PresenceEvent, at: number) => void;
  /** The viewers a conversation's answer listed, as of `at`. */
  seed: (conversationId: number, viewers: readonly Viewer[], at: number) => void;
  clear: () => void;
}

export const usePresenceStore = create<PresenceState>()((set) => ({
  rooms: {},
  heard: (event, at) =>
    set((state) => {
      const room = { ...state.rooms[event.conversationId] };
      if (event.state === 'left') delete room[event.agentId];
      else
        room[event.agentId] = {
          name: event.name,
          typing: event.state === 'typing',
          until: at + PRESENCE_TTL_MS,
        };
      return { rooms: { ...state.rooms, [event.conversationId]: room } };
    }),
  seed: (conversationId, viewers, at) =>
    set((state) => {
      const room = { ...state.rooms[conversationId] };
      for (const v of viewers) {
        const known = room[v.agentId];
        // What the stream said since is newer than this answer.
        if (known && known.until >= at + PRESENCE_TTL_MS) continue;
        room[v.agentId] = { name: v.name, typing: v.typing, until: at + PRESENCE_TTL_MS };
      }
      return { rooms: { ...state.rooms, [conversationId]: room } };
    }),
  clear: () => set({ rooms: {} }),
}));

/** Re-renders every second while someone is listed, so an expired viewer disappears on time. */
function useSecondClock(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

const EMPTY: Record<number, Seen> = {};

/** The other agents in a conversation now, by name; `meId` left out. */
export function useViewers(conversationId: number, meId: number | undefined): Viewer[] {
  const room = usePresenceStore((s) => s.rooms[conversationId] ?? EMPTY);
  const entries = Object.entries(room).filter(([id]) => Number(id) !== meId);
  const now = useSecondClock(entries.length > 0);
  return entries
    .filter(([, seen]) => seen.until > now)
    .map(([id, seen]) => ({ agentId: Number(id), name: seen.name, typing: seen.typing }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.agentId - b.agentId);
}
