// A pane opened at its own address reveals its first answers as deferred values; one opened from
// the list renders them as they come.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredReveal } from './use-deferred-reveal';

interface Result {
  isPending: boolean;
  n: number;
}

/** The result each render saw, in order. */
function renders(deferred: boolean, results: Result[]): number[] {
  const seen: number[] = [];
  function Probe({ result }: { result: Result }) {
    seen.push(useDeferredReveal(deferred, result).n);
    return null;
  }
  const [first, ...rest] = results;
  if (!first) return seen;
  const view = render(<Probe result={first} />);
  for (const result of rest) act(() => view.rerender(<Probe result={result} />));
  return seen;
}

const pending = { isPending: true, n: 0 };
const answered = { isPending: false, n: 1 };
const changed = { isPending: false, n: 2 };

describe('useDeferredReveal', () => {
  it('renders the answer a second time, deferred, while deferring', () => {
    // The urgent render keeps the placeholder; the deferred one shows the answer (and runs again at
    // once, as it stops deferring).
    expect(renders(true, [pending, answered])).toEqual([0, 0, 1, 1]);
  });

  it('passes later changes on as they come once the answer is shown', () => {
    expect(renders(true, [pending, answered, changed]).slice(-1)).toEqual([2]);
    expect(renders(true, [pending, answered, changed]).filter((n) => n === 2)).toHaveLength(1);
  });

  it('renders each result once, as it comes, when not deferring', () => {
    expect(renders(false, [pending, answered, changed])).toEqual([0, 1, 2]);
  });
});
