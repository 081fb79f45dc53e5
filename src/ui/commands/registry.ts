// The one registry of actions (SPEC 7.8): every feature contributes the actions that apply where
// the agent is, while it is on screen, with `useRegisterActions`; the command palette, the
// shortcuts dialog and the key bindings all read it, so an action is declared once. A feature
// added later (saved replies, say) contributes its own with the same hook.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

export interface Action {
  /** Stable across renders (recent use is remembered by it), e.g. `status.closed`. */
  id: string;
  /** What the palette lists and the shortcuts dialog describes, e.g. "Close conversation". */
  title: string;
  /** The palette's section: "Conversation", "Snooze", "Go to" … */
  group: string;
  /** More words it is found by. */
  keywords?: readonly string[];
  /**
   * Its key as `KeyboardEvent.key` gives it ("e", "!", "?", "Enter"); several actions may show one
   * key (a group key opens the palette at them), only one binds it.
   */
  key?: string;
  /** Shown but not bound here: another action (or control) answers the key. */
  bind?: false;
  /** Runs it; a key binding's `false` means the key was not ours after all (it goes on). */
  run: (event?: KeyboardEvent) => boolean | void;
}

interface RegistryState {
  /** By source, in the order the sources registered. */
  sources: Map<string, readonly Action[]>;
  set(source: string, actions: readonly Action[]): void;
  remove(source: string): void;
}

export const useActionRegistry = create<RegistryState>((set) => ({
  sources: new Map(),
  set: (source, actions) =>
    set((s) => {
      const sources = new Map(s.sources);
      sources.set(source, actions);
      return { sources };
    }),
  remove: (source) =>
    set((s) => {
      if (!s.sources.has(source)) return s;
      const sources = new Map(s.sources);
      sources.delete(source);
      return { sources };
    }),
}));

/** Every action registered now, in registration order. */
export function currentActions(): Action[] {
  return [...useActionRegistry.getState().sources.values()].flat();
}

export function useActions(): Action[] {
  const sources = useActionRegistry((s) => s.sources);
  return [...sources.values()].flat();
}

/**
 * Contributes `actions` while the caller is mounted, under `source`. The list is compared by ids,
 * titles and keys, so a new array each render does not churn the registry; `run` is always the
 * latest one.
 */
export function useRegisterActions(source: string, actions: readonly Action[]): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  const signature = actions.map((a) => `${a.id}|${a.title}|${a.key ?? ''}`).join('\n');
  useEffect(() => {
    const proxied = latest.current.map((a) => ({
      ...a,
      run: (event?: KeyboardEvent) => (latest.current.find((b) => b.id === a.id) ?? a).run(event),
    }));
    useActionRegistry.getState().set(source, proxied);
  }, [source, signature]);
  useEffect(() => () => useActionRegistry.getState().remove(source), [source]);
}

/** "Shift+Q" for "Q", as a person reads a key. */
export function keyLabel(key: string): string {
  if (key.length === 1 && key !== key.toLowerCase()) return `Shift+${key.toLowerCase()}`;
  return key;
}
