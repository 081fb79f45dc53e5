// The selection of one list: cleared when the list changes (view, sort, filter), trimmed to the
// rows still in it, with shift-click ranges over the rows as shown and "Select all" (first 25).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_BULK } from '../../domain';
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

export function useListSelection(list: ConversationList, identity: string): ListSelection {
  const ids = useSelectionStore((s) => s.ids);
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
  useEffect(() => {
    if (status === 'success') keepOnly(new Set(rows.map((r) => r.id)));
  }, [rows, status, keepOnly]);

  const order = useMemo(() => rows.map((r) => r.id), [rows]);
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
