// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, nextPaint } from './after-next-paint';

/** A page whose animation frames run only when the test says so, and whose visibility it sets. */
let frames: FrameRequestCallback[] = [];
let hidden = false;

beforeEach(() => {
  frames = [];
  hidden = false;
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'hidden');
});

const paint = () => {
  const due = frames;
  frames = [];
  for (const cb of due) cb(performance.now());
};

const hide = () => {
  hidden = true;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('afterNextPaint', () => {
  it('runs in the task after the next frame, not before it', () => {
    const fn = vi.fn<() => void>();
    afterNextPaint(fn);
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
    paint();
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page hides while it waits, and only once', () => {
    const fn = vi.fn<() => void>();
    afterNextPaint(fn);
    hide();
    expect(fn).toHaveBeenCalledTimes(1);
    paint();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('on a hidden page runs in the next task without a frame', () => {
    hidden = true;
    const fn = vi.fn<() => void>();
    afterNextPaint(fn);
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('never runs once cancelled, whatever happens next', () => {
    const fn = vi.fn<() => void>();
    const cancel = afterNextPaint(fn);
    cancel();
    paint();
    hide();
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('nextPaint', () => {
  it('resolves when a hidden page would never paint', async () => {
    const done = vi.fn<() => void>();
    void nextPaint().then(done);
    hide();
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
  });
});
