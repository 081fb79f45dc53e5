import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { windowHeight } from '../../ui';

/** A row the window draws: its position in the list and its top, in pixels. */
export interface WindowRow {
  index: number;
  start: number;
}

export interface RowWindowOptions {
  count: number;
  /** Every row is this tall: rows are placed, never measured. */
  rowHeight: number;
  /** Rows drawn beyond each edge of the visible part. */
  overscan: number;
  scrollRef: RefObject<HTMLElement | null>;
}

export interface RowWindow {
  /** The rows to draw: those in view and `overscan` more each side. */
  rows: WindowRow[];
  /** The list's whole height. */
  totalSize: number;
  /** Scrolls as little as needed to bring a row fully into view. */
  scrollToIndex(index: number): void;
}

interface Span {
  first: number;
  last: number;
}

/** The rows a box shows: by its scroll position and height, for rows of one height. */
export function visibleSpan(scrollTop: number, height: number, rowHeight: number): Span {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const last = Math.max(first, Math.ceil((scrollTop + height) / rowHeight) - 1);
  return { first, last };
}

/**
 * The inbox list's window over its rows: which of them to draw for the scroll box's position and
 * height. The rows are all one height, so where each one goes is arithmetic, and the window needs
 * only the box's scroll position and its height (a ResizeObserver); the conversation's thread,
 * whose messages differ in height, uses TanStack Virtual in its own chunk. A render happens only
 * when the scroll moves a row in or out, not at every scroll event.
 */
export function useRowWindow({
  count,
  rowHeight,
  overscan,
  scrollRef,
}: RowWindowOptions): RowWindow {
  // Before the box is measured: as if it were as tall as the window, which it is not taller than.
  // Its first rows are drawn in the first render, not in a second one inside its commit.
  const [span, setSpan] = useState<Span>(() => visibleSpan(0, windowHeight(), rowHeight));
  const update = useRef(() => {});

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const measure = () => {
      const next = visibleSpan(box.scrollTop, box.clientHeight, rowHeight);
      setSpan((span) => (span.first === next.first && span.last === next.last ? span : next));
    };
    update.current = measure;
    box.addEventListener('scroll', measure, { passive: true });
    // The box's size from the observer's first report, after the frame's layout: reading it here
    // would force a style and layout pass of the whole page inside React's commit.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (resize) resize.observe(box);
    else measure();
    return () => {
      update.current = () => {};
      box.removeEventListener('scroll', measure);
      resize?.disconnect();
    };
  }, [scrollRef, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const box = scrollRef.current;
      if (!box) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
      else return;
      // Now, not at the scroll event: the row is drawn in the next render.
      update.current();
    },
    [scrollRef, rowHeight],
  );

  const rows: WindowRow[] = [];
  const from = Math.max(0, span.first - overscan);
  const to = Math.min(count - 1, span.last + overscan);
  for (let index = from; index <= to; index += 1) rows.push({ index, start: index * rowHeight });
  return { rows, totalSize: count * rowHeight, scrollToIndex };
}
