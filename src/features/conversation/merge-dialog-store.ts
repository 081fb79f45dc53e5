import { create } from 'zustand';

/** Whether "Merge into…" is open: the More actions menu and the palette's action both open it. */
export const useMergeDialogStore = create<{ open: boolean; set: (open: boolean) => void }>(
  (set) => ({ open: false, set: (open) => set({ open }) }),
);
