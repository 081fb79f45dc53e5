/**
 * Runs `fn` in the first task after the browser has painted what is already changed, and returns
 * a cancel. Moving focus needs an up-to-date style and layout; done right after React commits a
 * large change, that is a forced pass inside the frame that shows the change, so the change shows
 * later. Done after the paint, the same pass is cheap and the change is on screen sooner.
 *
 * A hidden page paints no frames and runs no animation frames, so there `fn` runs in the next
 * task, and a page hidden while it waits runs `fn` as it hides: what waits on a paint (a request
 * sent after the paint that shows its change) never waits for the tab to come back.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function' || document.hidden) {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const onVisibility = () => {
    if (document.hidden) run();
  };
  // A callback of an animation frame runs before that frame's paint; a task it queues, after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  document.addEventListener('visibilitychange', onVisibility);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  }
  return cancel;
}

/** Resolves in the first task after the next paint, as {@link afterNextPaint} runs its callback. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
  });
}
