// The selection of one list: cleared when the list changes (view, sort, filter), trimmed to the
// rows still in it, with shift-click ranges over the rows as shown and "Select all" (first 25).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_BULK } from '../../domain';
import { afterNextPaint } from '../../ui';
import { useSelectionStore } from './selection-store';
import type { ConversationList } from './use-conversation-list';

export interface ListSelection {
  ids: ReadonlySet<number>;
  /** How many rows "Select all" takes, and how many of those are selected. */
  target: number;
  selectedOfTarget: number;
  selectingAll: boolean;
  toggle: (id: number, range: boolean) => void;
  selectAll: () => Promise<void>;
  select: (ids: readonly number[]) => void;
  clear: () => void;
}

/** `ids` without those not in `present`: `ids` itself when every one is there. */
function within(ids: ReadonlySet<number>, present: ReadonlySet<number>): ReadonlySet<number> {
  for (const id of ids) {
    if (!present.has(id)) return new Set([...ids].filter((other) => present.has(other)));
  }
  return ids;
}

export function useListSelection(list: ConversationList, identity: string): ListSelection {
  const stored = useSelectionStore((s) => s.ids);
  const toggleIn = useSelectionStore((s) => s.toggle);
  const select = useSelectionStore((s) => s.select);
  const clear = useSelectionStore((s) => s.clear);
  const keepOnly = useSelectionStore((s) => s.keepOnly);
  const [selectingAll, setSelectingAll] = useState(false);

  const identityRef = useRef(identity);
  useEffect(() => {
    identityRef.current = identity;
    clear();
  }, [identity, clear]);

  const { rows, status, hasMore, ensureRows } = list;
  const order = useMemo(() => rows.map((r) => r.id), [rows]);
  // The rows that left the list (closed, moved by someone else) leave the selection in the same
  // render, and the bulk toolbar with them when none is left. The store forgets them after that
  // change has been painted: pruned from an effect, it was a second render of the pane inside the
  // frame that shows a bulk close.
  const present = useMemo(() => (status === 'success' ? new Set(order) : null), [order, status]);
  const ids = useMemo(() => (present ? within(stored, present) : stored), [stored, present]);
  useEffect(() => {
    if (!present || ids === stored) return;
    return afterNextPaint(() => keepOnly(present));
  }, [present, ids, stored, keepOnly]);

  const toggle = useCallback(
    (id: number, range: boolean) => toggleIn(id, { range, order }),
    [toggleIn, order],
  );

  const selectAll = useCallback(async () => {
    const startedFor = identityRef.current;
    setSelectingAll(true);
    try {
      const loaded = await ensureRows(MAX_BULK);
      // The list may have changed while pages loaded; that list's selection is not this one.
      if (identityRef.current !== startedFor) return;
      select([...new Set(loaded.map((r) => r.id))].slice(0, MAX_BULK));
    } finally {
      setSelectingAll(false);
    }
  }, [ensureRows, select]);

  const first = order.slice(0, MAX_BULK);
  const target = hasMore ? MAX_BULK : first.length;
  const selectedOfTarget = first.filter((id) => ids.has(id)).length;

  return { ids, target, selectedOfTarget, selectingAll, toggle, selectAll, select, clear };
}
