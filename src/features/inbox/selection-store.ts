// Which rows of the current list are selected: UI state, not server data, so a small store.
// The list owns when it is cleared (a new view, sort or filter is a new list).
import { create } from 'zustand';

export interface SelectionState {
  ids: ReadonlySet<number>;
  /** The row a shift-click range starts from: the last row toggled by itself. */
  anchor: number | null;
  /**
   * Toggles one row. With `range`, every row from the anchor to this one (in `order`, the list as
   * shown) takes the new state of this row, as in a mail client.
   */
  toggle: (id: number, options?: { range?: boolean; order?: readonly number[] }) => void;
  /** Replaces the selection. */
  select: (ids: readonly number[]) => void;
  clear: () => void;
  /** Drops ids no longer in the list (closed, moved by someone else). */
  keepOnly: (present: ReadonlySet<number>) => void;
}

const EMPTY: ReadonlySet<number> = new Set();

export const useSelectionStore = create<SelectionState>()((set) => ({
  ids: EMPTY,
  anchor: null,
  toggle: (id, { range = false, order = [] } = {}) =>
    set((state) => {
      const next = new Set(state.ids);
      const selecting = !state.ids.has(id);
      const from = state.anchor === null ? -1 : order.indexOf(state.anchor);
      const to = order.indexOf(id);
      if (range && from !== -1 && to !== -1) {
        const [start, end] = from < to ? [from, to] : [to, from];
        for (const rowId of order.slice(start, end + 1)) {
          if (selecting) next.add(rowId);
          else next.delete(rowId);
        }
      } else if (selecting) next.add(id);
      else next.delete(id);
      return { ids: next, anchor: id };
    }),
  select: (ids) => set({ ids: new Set(ids), anchor: ids[ids.length - 1] ?? null }),
  clear: () =>
    set((state) =>
      state.ids.size === 0 && state.anchor === null ? state : { ids: EMPTY, anchor: null },
    ),
  keepOnly: (present) =>
    set((state) => {
      if ([...state.ids].every((id) => present.has(id))) return state;
      const ids = new Set([...state.ids].filter((id) => present.has(id)));
      return {
        ids,
        anchor: state.anchor !== null && present.has(state.anchor) ? state.anchor : null,
      };
    }),
}));
