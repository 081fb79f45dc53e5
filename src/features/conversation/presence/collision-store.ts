// The collision guard's memory (SPEC 7.5): for each draft, the newest message of the thread when
// the agent began it. Not persisted: a draft restored after a reload starts unguarded.
import { create } from 'zustand';

interface CollisionState {
  /** Draft slot -> the id of the newest message seen when it began (0: none yet). */
  began: Record<string, number>;
  begin: (slot: string, newestId: number) => void;
  forget: (slot: string) => void;
}

export const useCollisionStore = create<CollisionState>()((set) => ({
  began: {},
  begin: (slot, newestId) => set((s) => ({ began: { ...s.began, [slot]: newestId } })),
  forget: (slot) =>
    set((s) => {
      const began = { ...s.began };
      delete began[slot];
      return { began };
    }),
}));
