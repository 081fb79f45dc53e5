import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
} from 'react';
import type { ConversationRow as Row } from '../../api';
import { afterNextPaint, Spinner } from '../../ui';
import { ConversationRow, ROW_HEIGHT } from './conversation-row';
import { useRowWindow } from './use-row-window';

/** Start loading the next page this many rows before the end. */
const LOAD_AHEAD = 15;

export interface ConversationListHandle {
  /** Moves keyboard focus to the next (1) or previous (-1) row. */
  /** Focuses the next or previous row, and answers it. */
  move: (delta: 1 | -1) => Row | undefined;
  /** The row the keyboard acts on: the focused one, or the last one focused. */
  activeRow: () => Row | undefined;
  /** Puts focus back in the list: on the active row, else the open one, else the first. */
  focusActive: () => void;
  /**
   * For a control about to leave with focus in it: focus moves to the list at once, while the page
   * is unchanged and that is cheap, and on to the active row after the change has been painted.
   */
  takeFocus: () => void;
}

export interface ConversationListProps {
  rows: readonly Row[];
  setSize: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selectedIds: ReadonlySet<number>;
  currentId: number | null;
  hrefFor: (id: number) => string;
  onOpen: (id: number) => void;
  onPress?: ((id: number) => void) | undefined;
  assigneeNameOf: (row: Row) => string | null;
  now: number;
  onToggle: (id: number, range: boolean) => void;
  /** The search, whose words are marked in each row. */
  highlight?: string | undefined;
  handleRef: Ref<ConversationListHandle>;
}

/**
 * The list (role list, named "Conversations"), virtualized: only the rows in view, and a few
 * either side, are in the DOM. Each row is a list item holding a checkbox and a link, so the
 * list and list item roles fit; a listbox or grid would forbid or complicate those controls.
 */
export function ConversationList({
  rows,
  setSize,
  hasMore,
  loadingMore,
  onLoadMore,
  selectedIds,
  currentId,
  hrefFor,
  onOpen,
  onPress,
  assigneeNameOf,
  now,
  onToggle,
  highlight,
  handleRef,
}: ConversationListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const [activeId, setActiveId] = useState<number | null>(null);
  const registerLink = useCallback((id: number, link: HTMLAnchorElement | null) => {
    if (link) links.current.set(id, link);
    else links.current.delete(id);
  }, []);
  const lastIndex = useRef(0);
  const pendingFocus = useRef<number | null>(null);

  const {
    rows: items,
    totalSize,
    scrollToIndex,
  } = useRowWindow({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    // Three rows (192 px) each side: enough for a wheel step or a j/k move to find rows drawn,
    // and each view switch or sort mounts a quarter fewer rows than with six.
    overscan: 3,
    scrollRef,
  });

  const lastRendered = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastRendered >= rows.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, lastRendered, rows.length, onLoadMore]);

  const foundIndex = activeId === null ? -1 : rows.findIndex((r) => r.id === activeId);
  // The active row left the list (closed, moved by someone else): the keyboard goes on from the row
  // that took its place, from this render on (set from an effect, it was a second render of the
  // list inside the frame that shows a bulk close).
  const activeIndex =
    activeId !== null && foundIndex === -1
      ? // oxlint-disable-next-line react/refs -- where the row was, as of the last committed render; no render is owed when it changes
        Math.min(lastIndex.current, rows.length - 1)
      : foundIndex;
  const activeRowId = rows[activeIndex]?.id ?? null;
  useEffect(() => {
    if (activeIndex !== -1) lastIndex.current = activeIndex;
  }, [activeIndex]);

  const focusRow = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setActiveId(row.id);
      const link = links.current.get(row.id);
      if (link) {
        link.focus();
        return;
      }
      // Not rendered yet: scroll it in, and focus it once it is (the layout effect below).
      pendingFocus.current = row.id;
      scrollToIndex(index);
    },
    [rows, scrollToIndex],
  );

  const focusActive = useCallback(() => {
    const index = activeIndex !== -1 ? activeIndex : rows.findIndex((r) => r.id === currentId);
    focusRow(Math.max(0, index));
  }, [activeIndex, rows, currentId, focusRow]);
  const latestFocusActive = useRef(focusActive);
  useLayoutEffect(() => {
    latestFocusActive.current = focusActive;
  });

  // Focus moved into rows React has just changed costs a forced style and layout pass inside the
  // frame that shows the change; after that frame's paint it is cheap, and the change shows sooner.
  const cancelFocus = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelFocus.current?.(), []);
  const focusAfterPaint = useCallback(() => {
    cancelFocus.current?.();
    cancelFocus.current = afterNextPaint(() => {
      cancelFocus.current = null;
      // Unless the agent has put focus somewhere else meanwhile.
      const focused = document.activeElement;
      if (!focused || focused === document.body || focused === scrollRef.current) {
        latestFocusActive.current();
      }
    });
  }, []);
  const takeFocus = useCallback(() => {
    scrollRef.current?.focus({ preventScroll: true });
    focusAfterPaint();
  }, [focusAfterPaint]);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    const link = id === null ? undefined : links.current.get(id);
    if (link) {
      pendingFocus.current = null;
      link.focus();
    }
  });

  // Focus follows the active row's replacement if it was in the list, so it is never lost; the
  // replacement is remembered after the paint (focusing it does that too).
  useLayoutEffect(() => {
    if (activeId === null || foundIndex !== -1) return;
    const focused = document.activeElement;
    const hadFocus =
      !focused || focused === document.body || Boolean(scrollRef.current?.contains(focused));
    if (hadFocus && activeRowId !== null) return focusAfterPaint();
    if (hadFocus) scrollRef.current?.focus();
    return afterNextPaint(() => setActiveId(activeRowId));
  }, [activeId, foundIndex, activeRowId, focusAfterPaint]);

  useImperativeHandle(
    handleRef,
    () => ({
      move: (delta) => {
        const from = activeIndex !== -1 ? activeIndex : rows.findIndex((r) => r.id === currentId);
        const to = from === -1 ? (delta > 0 ? 0 : rows.length - 1) : from + delta;
        const index = Math.max(0, Math.min(rows.length - 1, to));
        focusRow(index);
        if (to >= rows.length - 1 && hasMore) onLoadMore();
        return rows[index];
      },
      activeRow: () => rows[activeIndex],
      focusActive,
      takeFocus,
    }),
    [activeIndex, rows, currentId, focusRow, hasMore, onLoadMore, focusActive, takeFocus],
  );

  // One tab stop in the list: the active row, else the open one, else the first in view.
  const rendered = new Set(items.map((item) => rows[item.index]?.id));
  const preferred = [activeRowId, currentId].find((id) => id !== null && rendered.has(id));
  const tabStopId = preferred ?? rows[items[0]?.index ?? 0]?.id;

  return (
    <div ref={scrollRef} className="inbox-scroller" tabIndex={-1}>
      <ul
        role="list"
        aria-label="Conversations"
        className="inbox-list"
        style={{ height: totalSize }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <ConversationRow
              key={row.id}
              row={row}
              index={item.index}
              setSize={setSize}
              href={hrefFor(row.id)}
              assigneeName={assigneeNameOf(row)}
              now={now}
              selected={selectedIds.has(row.id)}
              tabStop={row.id === tabStopId}
              current={row.id === currentId}
              top={item.start}
              registerLink={registerLink}
              onOpen={onOpen}
              onPress={onPress}
              onToggle={onToggle}
              onFocusRow={setActiveId}
              highlight={highlight}
            />
          );
        })}
      </ul>
      {loadingMore ? (
        <div className="inbox-more">
          <Spinner size="sm" label="Loading more conversations" />
        </div>
      ) : null}
    </div>
  );
}
