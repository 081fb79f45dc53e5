// @vitest-environment happy-dom
// The thread opens at its newest row once it has been laid out, in strict mode too.
import { act, render, screen } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeLayout, type FakeLayout } from '../testing/fake-layout';
import type { ThreadRow } from './thread-rows';
import { VirtualThread } from './virtual-thread';

// A browser's ResizeObserver reports each box it is given once the frame has laid it out;
// happy-dom's never reports. This one reports every box it watches when `layOut()` is called.
const watching = new Set<{ callback: ResizeObserverCallback; targets: Set<Element> }>();
class LaterResizeObserver {
  private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
  constructor(callback: ResizeObserverCallback) {
    this.entry = { callback, targets: new Set() };
    watching.add(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    watching.delete(this.entry);
  }
}
function layOut() {
  for (const { callback, targets } of Array.from(watching)) {
    const entries = [...targets].map(
      (target) =>
        ({
          target,
          contentRect: { height: (target as HTMLElement).clientHeight },
          borderBoxSize: [{ blockSize: (target as HTMLElement).offsetHeight, inlineSize: 800 }],
        }) as unknown as ResizeObserverEntry,
    );
    if (entries.length > 0) callback(entries, {} as ResizeObserver);
  }
}

let layout: FakeLayout;
beforeEach(() => {
  layout = installFakeLayout();
  vi.stubGlobal('ResizeObserver', LaterResizeObserver);
});
afterEach(() => {
  layout.restore();
  vi.unstubAllGlobals();
  watching.clear();
});

const rows: ThreadRow[] = Array.from({ length: 200 }, (_, i) => ({
  kind: 'day',
  key: `d-${i}`,
  label: `Row ${i + 1}`,
}));

describe('VirtualThread', () => {
  it('scrolls to the newest row once laid out, even when strict mode runs its effects twice', async () => {
    render(
      <StrictMode>
        <VirtualThread rows={rows} renderRow={(row) => (row.kind === 'day' ? row.label : null)} />
      </StrictMode>,
    );
    const log = screen.getByRole('log', { name: 'Messages' });
    await act(async () => {
      layOut();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(log.scrollTop).toBeGreaterThan(0);
    expect(log.scrollTop).toBe(log.scrollHeight - log.clientHeight);
    expect(screen.getByText('Row 200')).toBeTruthy();
  });

  it('places the rows by their measured heights in the frame that measures them, without rendering them', async () => {
    // Each row measures 60 px (the fake layout) where the thread guessed 40 for a day's line.
    const renderRow = vi.fn<(row: ThreadRow) => ReactNode>((row) =>
      row.kind === 'day' ? row.label : null,
    );
    render(<VirtualThread rows={rows} renderRow={renderRow} />);
    const log = screen.getByRole('log', { name: 'Messages' });
    const drawn = renderRow.mock.calls.length;
    // The browser's ResizeObserver reports, after the frame's layout and before its paint.
    layOut();
    expect(renderRow.mock.calls.length).toBe(drawn);
    // The newest rows, in view (rows that a taller measure moves out of range wait for the render
    // that takes them out).
    const tops = Array.from(log.querySelectorAll<HTMLElement>('[data-index]'), (row) =>
      Number.parseFloat(row.style.top),
    ).slice(-8);
    expect(tops.slice(1).map((top, i) => top - (tops[i] ?? 0))).toEqual(Array(7).fill(60));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  });

  it('guesses an event line at the 26 px it measures in Chromium, before it is measured', () => {
    const events: ThreadRow[] = [1, 2, 3].map((n) => ({
      kind: 'event',
      key: `e-${n}`,
      message: {
        id: n,
        conversationId: 1,
        type: 'event',
        authorType: 'agent',
        authorId: 2,
        body: 'Sam closed the conversation',
        createdAt: n,
        mentions: [],
      },
    }));
    render(<VirtualThread rows={events} renderRow={() => null} />);
    const canvas = screen.getByRole('log', { name: 'Messages' }).querySelector('.thread__canvas');
    // Three lines and the padding above and below them.
    expect(canvas?.getAttribute('style')).toContain(`height: ${3 * 26 + 2 * 12}px`);
  });
});
