// Composer drafts, one per conversation and tab, kept in localStorage so a reload or a trip to
// another conversation loses nothing. Each draft owns the idempotency key of its send: made when
// the draft starts, reused by every retry, dropped only once the server has the message.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newIdempotencyKey } from './idempotency-key';

export type ComposerTab = 'reply' | 'note';

export interface Draft {
  text: string;
  /** The idempotency key of this draft's send. */
  key: string;
  /** The text last sent with `key`. If it has been edited since, the next send needs a new key:
   * a replay would otherwise answer with the earlier text. */
  attempted?: string | undefined;
  /** Why the last send failed; the text is back in the composer. Not persisted. */
  error?: string | undefined;
}

interface DraftState {
  drafts: Record<string, Draft>;
  /** Which tab each conversation's composer was on. */
  tabs: Record<string, ComposerTab>;
  setText: (slot: string, text: string) => void;
  setTab: (conversationId: number, tab: ComposerTab) => void;
  /** Takes the draft out for sending and leaves an empty one behind. */
  take: (slot: string) => Draft | null;
  /** A send failed: its text and key come back, ahead of anything typed since. */
  restore: (slot: string, sent: Draft, error: string) => void;
  clearError: (slot: string) => void;
}

export const DRAFTS_STORAGE_KEY = 'parley-drafts';

export const draftSlot = (conversationId: number, tab: ComposerTab) => `${conversationId}:${tab}`;

export const useDraftStore = create<DraftState>()(
  persist(
    (set, get) => ({
      drafts: {},
      tabs: {},
      setText: (slot, text) =>
        set((state) => {
          const current = state.drafts[slot];
          const drafts = { ...state.drafts };
          if (text === '') delete drafts[slot];
          else drafts[slot] = { ...current, text, key: current?.key ?? newIdempotencyKey() };
          return { drafts };
        }),
      setTab: (conversationId, tab) =>
        set((state) => ({ tabs: { ...state.tabs, [conversationId]: tab } })),
      take: (slot) => {
        const draft = get().drafts[slot];
        if (!draft || draft.text.trim() === '') return null;
        set((state) => {
          const drafts = { ...state.drafts };
          delete drafts[slot];
          return { drafts };
        });
        const edited = draft.attempted !== undefined && draft.attempted !== draft.text;
        return { text: draft.text, key: edited ? newIdempotencyKey() : draft.key };
      },
      restore: (slot, sent, error) =>
        set((state) => {
          const typed = state.drafts[slot]?.text.trim() ?? '';
          // Something typed meanwhile is a new message: it no longer matches the old key.
          const draft: Draft =
            typed === ''
              ? { text: sent.text, key: sent.key, attempted: sent.text, error }
              : { text: `${sent.text}\n${typed}`, key: newIdempotencyKey(), error };
          return { drafts: { ...state.drafts, [slot]: draft } };
        }),
      clearError: (slot) =>
        set((state) => {
          const draft = state.drafts[slot];
          if (!draft?.error) return state;
          return { drafts: { ...state.drafts, [slot]: { ...draft, error: undefined } } };
        }),
    }),
    {
      name: DRAFTS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        tabs: state.tabs,
        drafts: Object.fromEntries(
          Object.entries(state.drafts).map(([slot, { error: _error, ...draft }]) => [slot, draft]),
        ),
      }),
    },
  ),
);
