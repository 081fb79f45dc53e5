import {
  elementScroll,
  observeElementRect,
  useVirtualizer,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { windowHeight } from '../../../ui';
import type { ThreadRow } from './thread-rows';

export interface VirtualThreadProps {
  rows: readonly ThreadRow[];
  renderRow: (row: ThreadRow) => ReactNode;
  /** Older rows exist that are not here yet: a space is kept above the first row for `start`. */
  hasOlder?: boolean;
  /** Shown in that space: an older page on its way, or why it did not come. */
  start?: ReactNode;
  /** The agent is within a screen of the first row (or the rows do not fill the screen). */
  onNearStart?: () => void;
}

const PADDING = 12;
/** The space above the first row while older rows may come. Kept whether or not `start` shows
 * something, so the rows do not move when it does. */
const START_SLOT = 56;
/** Older rows are asked for this far (or a screen, if more) before the agent reaches the top. */
const NEAR_START_PX = 400;
/** How near the end still counts as "at the newest message": a few pixels off is still there. */
const END_SLACK_PX = 24;

/**
 * First guesses; every row is measured once drawn (heights depend on the text). A message of one
 * line is 85 px in Chromium and an event line 26 px, on a phone as on a desktop: a guess that is
 * right leaves the rows where the first render put them, where a wrong one moves them all once
 * measured (and, when more rows then fit, the ones it brings in are drawn a frame later).
 */
function estimate(row: ThreadRow): number {
  if (row.kind === 'day') return 40;
  if (row.kind === 'event') return 26;
  return (
    85 +
    Math.floor(row.kind === 'pending' ? row.send.body.length / 80 : row.message.body.length / 80) *
      20
  );
}

/**
 * A row's height from the ResizeObserver's report. A row just drawn keeps its estimate until the
 * observer's first report, which comes in the same frame, before it is painted: reading
 * `offsetHeight` as each row mounts instead forced a layout per row (a 2,000-message thread
 * spent 20 ms in them on opening).
 */
function measureFromObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  return instance.measurementsCache[instance.indexFromElement(element)]?.size ?? 64;
}

/**
 * The scroller's size, from the ResizeObserver's reports only. The virtualizer's own first reads
 * it as it mounts, which forces a layout of the whole pane inside React's commit (13 ms when a long
 * thread opens); the observer's first report comes after the frame's own layout, before its paint.
 * Until then the virtualizer goes by `initialRect`.
 */
function observeRectWithoutReading(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver !== 'function') return observeElementRect(instance, cb);
  const observer = new ResizeObserver(() =>
    cb({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Calls `fn` once `element` has been laid out with a height (the ResizeObserver's first such
 * report, before the paint), or at once where there is no observer. Returns a cancel. A thread
 * the layout hides (the pane on a phone) has no height: scrolling it then would have the
 * virtualizer retry every frame for seconds, reading the layout each time.
 */
function afterLayout(element: Element, fn: () => void): () => void {
  if (typeof ResizeObserver !== 'function') {
    fn();
    return () => undefined;
  }
  const observer = new ResizeObserver((entries) => {
    if (entries.every((entry) => entry.contentRect.height === 0)) return;
    observer.disconnect();
    fn();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The log of messages, virtualized: only the rows in view (and a few around) are in the DOM, so
 * a thread of thousands opens and scrolls like a short one. It opens at the newest message and
 * stays there as messages arrive, unless the agent has scrolled up to read; nearing the top, it
 * asks for older rows, which come in above the one being read without moving it.
 */
export function VirtualThread({
  rows,
  renderRow,
  hasOlder = false,
  start,
  onNearStart,
}: VirtualThreadProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's first scroll, to `initialOffset` as it mounts, is not written: a scroll
  // position set inside React's commit forces a layout of the whole pane there. The rows drawn are
  // already the newest, and the opening scroll to the end (below) comes once the layout is done.
  const mounting = useRef(true);
  const scrollToFn = useCallback<VirtualizerOptions<HTMLDivElement, Element>['scrollToFn']>(
    (offset, options, instance) => {
      if (mounting.current) mounting.current = false;
      else elementScroll(offset, options, instance);
    },
    [],
  );
  // The virtualizer asks for every row's key and estimate each time a measurement changes the
  // layout (thousands of calls per frame in a long thread): answer from arrays.
  const { keys, estimates } = useMemo(
    () => ({ keys: rows.map((r) => r.key), estimates: rows.map(estimate) }),
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimates[index] ?? 64,
    getItemKey: (index) => keys[index] ?? index,
    measureElement: measureFromObserver,
    scrollToFn,
    observeElementRect: observeRectWithoutReading,
    overscan: 6,
    paddingStart: hasOlder ? START_SLOT : PADDING,
    paddingEnd: PADDING,
    // The thread opens at its end, so the first render draws the newest rows (the scroller's own
    // size is only known after it, the window's is a fair guess) instead of the oldest ones only
    // to replace them a frame later.
    initialRect: { width: 0, height: windowHeight() },
    initialOffset: () =>
      Math.max(
        0,
        estimates.reduce((sum, size) => sum + size, 0) +
          (hasOlder ? START_SLOT : PADDING) +
          PADDING -
          windowHeight(),
      ),
    anchorTo: 'end',
    followOnAppend: true,
    // Near enough the end to follow new messages: a few pixels off is still "at the newest".
    scrollEndThreshold: END_SLACK_PX,
    // A row measured, or the scroll that opens the thread at its end, moves rows without rendering
    // them again: the virtualizer writes their `top` and the canvas's height itself, and renders
    // only when the rows in view change, then as an ordinary update rather than a synchronous one
    // (flushSync), which inside the frame that lays the new rows out first ran every effect of the
    // pane's commit still waiting (its queries' subscriptions, their requests) in that frame.
    directDomUpdates: true,
    useFlushSync: false,
    directDomUpdatesMode: 'position',
  });

  // Open at the newest message; the end anchor keeps it there while rows get measured. Scrolled
  // once laid out: scrolling the new rows from this effect would force their layout in the commit.
  const opened = useRef(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (opened.current || rows.length === 0 || !el) return;
    opened.current = true;
    let pending = true;
    const cancel = afterLayout(el, () => {
      pending = false;
      virtualizer.scrollToEnd();
    });
    return () => {
      // Taken down before the layout came (new rows, or React's strict mode trying the effect
      // twice): the thread has not opened yet, and opens when the effect runs again.
      if (!pending) return;
      cancel();
      opened.current = false;
    };
  }, [rows.length, virtualizer]);

  // Older pages come as the agent nears the top. Only from a scroll the thread has seen (the one
  // that opens it at the end included), so the first frame, drawn at the top, asks for nothing.
  // A prepend keeps the row being read where it is: the end anchor moves the offset with it.
  const nearStart = useRef(onNearStart);
  useLayoutEffect(() => {
    nearStart.current = onNearStart;
  });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      if (!opened.current || el.clientHeight === 0) return;
      if (el.scrollTop < Math.max(el.clientHeight, NEAR_START_PX)) nearStart.current?.();
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);
  // Rows that do not fill the screen cannot be scrolled up to: ask straight away. Checked once
  // laid out: reading the sizes in this effect would force the layout of the rows just drawn.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !opened.current || !hasOlder) return;
    return afterLayout(el, () => {
      if (el.scrollHeight <= el.clientHeight) nearStart.current?.();
    });
  }, [rows.length, hasOlder, onNearStart]);

  // At the newest message, the thread stays there when its box changes size (the composer grows,
  // the Contact panel narrows the column): the end anchor follows rows, not the box.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const atEnd = () => el.scrollHeight - el.scrollTop - el.clientHeight <= END_SLACK_PX;
    let wasAtEnd = true;
    const onScroll = () => {
      wasAtEnd = atEnd();
    };
    const observer = new ResizeObserver(() => {
      if (opened.current && wasAtEnd && !atEnd()) virtualizer.scrollToEnd();
    });
    observer.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [virtualizer]);

  // The agent's own send brings the thread to the end, wherever they had scrolled to.
  const last = rows.at(-1);
  const sendingKey = last?.kind === 'pending' ? last.key : null;
  useLayoutEffect(() => {
    if (sendingKey !== null) virtualizer.scrollToEnd();
  }, [sendingKey, rows.length, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      role="log"
      aria-label="Messages"
      // Rows come and go as the agent scrolls: announcing them would be noise. New messages are
      // announced on their own (see MessageThread).
      aria-live="off"
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      className="thread"
      data-thread-scroller=""
    >
      {rows.length === 0 ? <p className="thread__empty">No messages yet.</p> : null}
      <div ref={virtualizer.containerRef} className="thread__canvas">
        {hasOlder ? (
          <div className="thread__start" style={{ height: START_SLOT }}>
            {start}
          </div>
        ) : null}
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="thread__row"
            >
              {renderRow(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
