import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  /** The button's text and name, e.g. "Undo". */
  label: string;
  onAction: () => void;
}

export interface ToastOptions {
  message: string;
  action?: ToastAction;
  /** Time on screen while not hovered or focused. `Infinity` keeps it until dismissed. */
  durationMs?: number;
  tone?: ToastTone;
}

export interface ToastEntry {
  id: number;
  message: string;
  action: ToastAction | undefined;
  durationMs: number;
  tone: ToastTone;
}

/** More than this and the oldest leave first. */
export const MAX_TOASTS = 3;
export const DEFAULT_DURATION_MS = 5000;
/** Errors and actions get longer: reading and reaching a button takes time. */
export const LONG_DURATION_MS = 8000;

interface ToastState {
  toasts: ToastEntry[];
  show: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (options) => {
    const id = nextId;
    nextId += 1;
    const tone = options.tone ?? 'info';
    const entry: ToastEntry = {
      id,
      message: options.message,
      action: options.action,
      tone,
      durationMs:
        options.durationMs ??
        (options.action || tone === 'error' ? LONG_DURATION_MS : DEFAULT_DURATION_MS),
    };
    set((state) => ({ toasts: [...state.toasts, entry].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

/** Imperative access from anywhere (mutations, shortcuts): `toast.show({ message: 'Closed' })`. */
export const toast = {
  show: (options: ToastOptions) => useToastStore.getState().show(options),
  dismiss: (id: number) => useToastStore.getState().dismiss(id),
  clear: () => useToastStore.getState().clear(),
};
