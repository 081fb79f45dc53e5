// The clock rules for a host to run on its own schedule (server/: a timer; the mock: an interval).
// Pass the same `changes` hub that createApp got, so open event streams wake at once.
import { resolveDeps, type AppDeps } from './deps';
import { tickClock } from './service/clock';

export function createClockTicker(deps: AppDeps): (opts?: { limit?: number }) => Promise<number> {
  const svc = resolveDeps(deps);
  return (opts) => tickClock(svc, opts);
}
