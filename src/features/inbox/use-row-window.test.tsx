import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRowWindow, visibleSpan } from './use-row-window';

describe('visibleSpan', () => {
  it('is the rows a box shows, partly shown ones included', () => {
    expect(visibleSpan(0, 640, 64)).toEqual({ first: 0, last: 9 });
    expect(visibleSpan(100, 640, 64)).toEqual({ first: 1, last: 11 });
    // A box of no height (not laid out yet) shows its first row.
    expect(visibleSpan(0, 0, 64)).toEqual({ first: 0, last: 0 });
  });
});

// happy-dom lays nothing out: the box's height is given, its scroll position is kept as set.
let height = 0;
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  });
});
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  else Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

// A browser's ResizeObserver reports each box it is given once the box has been laid out;
// happy-dom's never reports. This one reports at once, or (`reports = false`) never.
let reports = true;
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    if (reports) this.callback([{ target } as ResizeObserverEntry], this as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
beforeEach(() => {
  reports = true;
  vi.stubGlobal('ResizeObserver', ReportingResizeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function List({ count }: { count: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, totalSize, scrollToIndex } = useRowWindow({
    count,
    rowHeight: 64,
    overscan: 3,
    scrollRef,
  });
  return (
    <div ref={scrollRef} data-testid="box">
      <button type="button" onClick={() => scrollToIndex(40)}>
        Go to 41
      </button>
      <ul aria-label="Rows" style={{ height: totalSize }}>
        {rows.map((row) => (
          <li key={row.index} style={{ top: row.start }}>
            Row {row.index + 1}
          </li>
        ))}
      </ul>
    </div>
  );
}

const drawn = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('useRowWindow', () => {
  it('draws the rows in view and three more below, and follows the scroll', () => {
    height = 320;
    render(<List count={1000} />);
    expect(drawn()).toEqual([
      'Row 1',
      'Row 2',
      'Row 3',
      'Row 4',
      'Row 5',
      'Row 6',
      'Row 7',
      'Row 8',
    ]);
    expect(screen.getByRole('list').style.height).toBe('64000px');
    const box = screen.getByTestId('box');
    act(() => {
      box.scrollTop = 640;
      box.dispatchEvent(new Event('scroll'));
    });
    expect(drawn()[0]).toBe('Row 8');
    expect(drawn().at(-1)).toBe('Row 18');
  });

  it('scrolls a row below the box just into view, and draws it', () => {
    height = 320;
    render(<List count={1000} />);
    act(() => screen.getByRole('button', { name: 'Go to 41' }).click());
    // Row 41 ends at 41 × 64 = 2,624 px: the box's bottom edge is there.
    expect(screen.getByTestId('box').scrollTop).toBe(2624 - 320);
    expect(drawn()).toContain('Row 41');
    expect(drawn()).not.toContain('Row 1');
  });

  it('draws a window of rows before the box is measured, without reading its size', () => {
    reports = false;
    height = 320;
    vi.stubGlobal('innerHeight', 640);
    window.dispatchEvent(new Event('resize'));
    const read = vi.fn<() => number>(() => height);
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: read });
    render(<List count={1000} />);
    // A window's height (ten rows) and the overscan: the box's own size is known only after the
    // frame's layout, from the observer; reading it in the commit would force that layout early.
    expect(drawn()).toHaveLength(13);
    expect(drawn().at(-1)).toBe('Row 13');
    expect(read).not.toHaveBeenCalled();
  });

  it('never draws rows past the end of a short list', () => {
    height = 640;
    render(<List count={2} />);
    expect(drawn()).toEqual(['Row 1', 'Row 2']);
  });
});
