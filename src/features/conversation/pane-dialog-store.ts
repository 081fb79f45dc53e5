import { create } from 'zustand';

/** The pane's dialogs that an action opens, from its menu or from the palette. */
export type PaneDialog = 'snooze' | 'ticket' | 'link' | 'merge' | 'delete';

/** Which of the pane's dialogs is open: the header's menus and the palette's actions open them. */
export const usePaneDialogStore = create<{
  dialog: PaneDialog | null;
  show: (dialog: PaneDialog) => void;
  close: () => void;
}>((set) => ({
  dialog: null,
  show: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
