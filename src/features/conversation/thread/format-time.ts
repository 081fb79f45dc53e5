// Times in the thread: the clock time on screen, the full date and time on hover.
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** "10:32" or "10:32 AM", by locale. */
export function formatClock(timestamp: number): string {
  return clock.format(timestamp);
}

export function formatFull(timestamp: number): string {
  return full.format(timestamp);
}
