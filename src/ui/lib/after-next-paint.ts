/**
 * Runs `fn` in the first task after the browser has painted what is already changed, and returns
 * a cancel. Moving focus needs an up-to-date style and layout; done right after React commits a
 * large change, that is a forced pass inside the frame that shows the change, so the change shows
 * later. Done after the paint, the same pass is cheap and the change is on screen sooner.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A hidden page paints no frames and runs no animation frames: do not wait for one.
  if (typeof requestAnimationFrame !== 'function' || document.hidden) {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  // A callback of an animation frame runs before that frame's paint; a task it queues, after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
