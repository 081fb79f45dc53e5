// The memory Store's counterpart of the SQL clock indexes: snoozes by `snoozedUntil`, and per org
// the open or pending conversations not yet reported inactive, and the open or pending email ones,
// by `lastActivityAt`. A tick reads only the due prefix of each, so running it every second stays
// cheap with 100,000 conversations in the mock.
import type { Conversation, OrgSettings } from '../../domain';
import { DAY_MS } from '../../domain';

/**
 * (time, id) pairs in ascending order. Additions wait unsorted until the next read or removal,
 * which merges them in at once: a bulk load of 100,000 rows costs one sort, not 100,000 splices.
 */
class TimeRun {
  private times: number[] = [];
  private ids: number[] = [];
  private added: [number, number][] = [];

  private bound(time: number, id: number): number {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.times[mid] ?? 0;
      if (t < time || (t === time && (this.ids[mid] ?? 0) < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private settle(): void {
    if (this.added.length === 0) return;
    const fresh = this.added.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.added = [];
    // A few (one change of one conversation): a binary search and a splice each.
    if (fresh.length <= 32) {
      for (const [time, id] of fresh) {
        const at = this.bound(time, id);
        this.times.splice(at, 0, time);
        this.ids.splice(at, 0, id);
      }
      return;
    }
    const times: number[] = [];
    const ids: number[] = [];
    let i = 0;
    for (const [time, id] of fresh) {
      while (i < this.ids.length) {
        const t = this.times[i] ?? 0;
        if (t > time || (t === time && (this.ids[i] ?? 0) > id)) break;
        times.push(t);
        ids.push(this.ids[i] ?? 0);
        i += 1;
      }
      times.push(time);
      ids.push(id);
    }
    this.times = times.concat(this.times.slice(i));
    this.ids = ids.concat(this.ids.slice(i));
  }

  add(time: number, id: number): void {
    this.added.push([time, id]);
  }

  remove(time: number, id: number): void {
    this.settle();
    const at = this.bound(time, id);
    if (this.ids[at] !== id) return;
    this.times.splice(at, 1);
    this.ids.splice(at, 1);
  }

  /** Ids whose time is at most `until`, oldest first, at most `limit`. */
  upTo(until: number, limit: number): number[] {
    this.settle();
    const out: number[] = [];
    for (let i = 0; i < this.ids.length && out.length < limit; i += 1) {
      if ((this.times[i] ?? 0) > until) break;
      out.push(this.ids[i] ?? 0);
    }
    return out;
  }
}

const isActive = (c: Conversation) => c.status === 'open' || c.status === 'pending';
const notReported = (c: Conversation) =>
  c.inactiveNotifiedAt === null || c.inactiveNotifiedAt < c.lastActivityAt;

export class ClockIndex {
  private readonly snoozed = new TimeRun();
  private readonly quiet = new Map<number, TimeRun>();
  private readonly email = new Map<number, TimeRun>();

  add(c: Conversation): void {
    this.each(c, (run, time) => run.add(time, c.id), true);
  }

  remove(c: Conversation): void {
    this.each(c, (run, time) => run.remove(time, c.id), false);
  }

  /** Ids that may have a rule due at `now`, in id order, at most `limit`. */
  due(now: number, settingsOf: (orgId: number) => OrgSettings, limit: number): number[] {
    const found = new Set(this.snoozed.upTo(now, limit));
    for (const [orgId, run] of this.quiet) {
      const seconds = settingsOf(orgId).inactivitySeconds;
      for (const id of run.upTo(now - seconds * 1000, limit)) found.add(id);
    }
    for (const [orgId, run] of this.email) {
      const days = settingsOf(orgId).emailAutoResolveDays;
      for (const id of run.upTo(now - days * DAY_MS, limit)) found.add(id);
    }
    return [...found].sort((a, b) => a - b).slice(0, limit);
  }

  private each(c: Conversation, fn: (run: TimeRun, time: number) => void, create: boolean) {
    if (c.status === 'snoozed' && c.snoozedUntil !== null) fn(this.snoozed, c.snoozedUntil);
    if (!isActive(c)) return;
    const runOf = (map: Map<number, TimeRun>) => {
      let run = map.get(c.orgId);
      if (!run && create) map.set(c.orgId, (run = new TimeRun()));
      return run;
    };
    const quiet = notReported(c) ? runOf(this.quiet) : undefined;
    if (quiet) fn(quiet, c.lastActivityAt);
    const email = c.channel === 'email' ? runOf(this.email) : undefined;
    if (email) fn(email, c.lastActivityAt);
  }
}
