// Runs the backend's clock rules (snooze wake-ups, inactivity, email auto-resolve) on a timer.
// Ticks never overlap, and stop() waits for the one in flight so the database can close after.
export interface ClockLoop {
  stop(): Promise<void>;
}

export function startClockLoop(
  tick: () => Promise<number>,
  intervalMs: number,
  onError: (error: unknown) => void,
): ClockLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .then(() => undefined, onError)
        .finally(schedule);
    }, intervalMs);
    // A pending tick alone must not keep the process alive.
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
