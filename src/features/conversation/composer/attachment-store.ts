// Files on their way into a message, per composer slot (conversation and tab). Each one uploads
// as soon as it is chosen; its chip shows it uploading, ready, failed or too large. Not kept over
// a reload: the File itself cannot be.
import { create } from 'zustand';

export type PendingFileStatus = 'uploading' | 'ready' | 'failed' | 'too-large';

export interface PendingFile {
  key: string;
  name: string;
  size: number;
  contentType: string;
  status: PendingFileStatus;
  /** The server's id once uploaded. */
  id?: number | undefined;
  /** Why it failed, in words. */
  error?: string | undefined;
}

interface AttachmentState {
  files: Record<string, PendingFile[]>;
  add: (slot: string, file: PendingFile) => void;
  update: (slot: string, key: string, patch: Partial<PendingFile>) => void;
  remove: (slot: string, key: string) => void;
  /** Takes the uploaded files out for sending; the others stay. */
  take: (slot: string) => PendingFile[];
  /** A send failed: its files come back. */
  restore: (slot: string, files: PendingFile[]) => void;
}

const without = (list: PendingFile[] | undefined, keys: Set<string>) =>
  (list ?? []).filter((f) => !keys.has(f.key));

export const useAttachmentStore = create<AttachmentState>()((set, get) => ({
  files: {},
  add: (slot, file) =>
    set((s) => ({ files: { ...s.files, [slot]: [...(s.files[slot] ?? []), file] } })),
  update: (slot, key, patch) =>
    set((s) => ({
      files: {
        ...s.files,
        [slot]: (s.files[slot] ?? []).map((f) => (f.key === key ? { ...f, ...patch } : f)),
      },
    })),
  remove: (slot, key) =>
    set((s) => ({ files: { ...s.files, [slot]: without(s.files[slot], new Set([key])) } })),
  take: (slot) => {
    const ready = (get().files[slot] ?? []).filter((f) => f.status === 'ready');
    const keys = new Set(ready.map((f) => f.key));
    set((s) => ({ files: { ...s.files, [slot]: without(s.files[slot], keys) } }));
    return ready;
  },
  restore: (slot, files) =>
    set((s) => ({ files: { ...s.files, [slot]: [...files, ...(s.files[slot] ?? [])] } })),
}));

const NONE: PendingFile[] = [];
export const usePendingFiles = (slot: string) => useAttachmentStore((s) => s.files[slot] ?? NONE);
