import { create } from 'zustand';

interface PaletteState {
  open: boolean;
  /** What the palette opens with: a group key opens it at its actions ("Snooze"). */
  initialQuery: string;
  show(query?: string): void;
  hide(): void;
}

export const usePaletteStore = create<PaletteState>((set) => ({
  open: false,
  initialQuery: '',
  show: (query = '') => set({ open: true, initialQuery: query }),
  hide: () => set({ open: false }),
}));

/** Opens the command palette, optionally at a query. */
export const openPalette = (query?: string) => usePaletteStore.getState().show(query);
