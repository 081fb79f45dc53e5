// Times in the delivery log, to the second: retries back off in seconds, not minutes.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function formatWhen(timestamp: number, now: number): string {
  const diff = timestamp - now;
  const distance = Math.abs(diff);
  const say = (amount: string) => (diff > 0 ? `in ${amount}` : `${amount} ago`);
  if (distance < 5000) return diff > 0 ? 'in a moment' : 'just now';
  if (distance < MINUTE) return say(`${Math.round(distance / 1000)}s`);
  if (distance < HOUR) return say(`${Math.floor(distance / MINUTE)}m`);
  if (distance < 24 * HOUR) return say(`${Math.floor(distance / HOUR)}h`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(timestamp);
}
