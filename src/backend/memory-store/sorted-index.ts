// Conversation ids per (org, status), kept in the list's sort order, so a page is a binary search
// and a short merge instead of a scan of every row. Keys live in parallel arrays: no row lookups
// while searching.
import {
  compareConversations,
  type Conversation,
  type ConversationStatus,
  type TimeSort,
} from '../../domain';

type Key = Pick<Conversation, 'updatedAt' | 'id'>;

/** The index order is "oldest first"; "newest first" walks it backwards. */
const ascending = compareConversations('oldest');

class SortedRun {
  readonly times: number[] = [];
  readonly ids: number[] = [];

  /** The first position whose key is greater than (or, with `inclusive`, equal to) `key`. */
  bound(key: Key, inclusive: boolean): number {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = ascending({ updatedAt: this.times[mid] ?? 0, id: this.ids[mid] ?? 0 }, key);
      if (order < 0 || (!inclusive && order === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(key: Key): void {
    const at = this.bound(key, true);
    this.times.splice(at, 0, key.updatedAt);
    this.ids.splice(at, 0, key.id);
  }

  remove(key: Key): void {
    const at = this.bound(key, true);
    if (this.ids[at] !== key.id) return;
    this.times.splice(at, 1);
    this.ids.splice(at, 1);
  }
}

export class StatusIndex {
  private readonly runs = new Map<string, SortedRun>();

  private run(orgId: number, status: ConversationStatus): SortedRun | undefined {
    return this.runs.get(`${orgId}:${status}`);
  }

  add(c: Conversation): void {
    const key = `${c.orgId}:${c.status}`;
    let run = this.runs.get(key);
    if (!run) this.runs.set(key, (run = new SortedRun()));
    run.add(c);
  }

  remove(c: Conversation): void {
    this.run(c.orgId, c.status)?.remove(c);
  }

  count(orgId: number, status: ConversationStatus): number {
    return this.run(orgId, status)?.ids.length ?? 0;
  }

  /** Ids of these statuses in `sort` order, strictly after `after`, merged across the runs. */
  *walk(
    orgId: number,
    statuses: readonly ConversationStatus[],
    sort: TimeSort,
    after?: Key,
  ): Generator<number> {
    const newest = sort === 'newest';
    const heads: { run: SortedRun; at: number }[] = [];
    for (const status of new Set(statuses)) {
      const run = this.run(orgId, status);
      if (!run || run.ids.length === 0) continue;
      // Newest first reads each run from its end, below the cursor; oldest first from its start.
      const at = newest
        ? (after ? run.bound(after, true) : run.ids.length) - 1
        : after
          ? run.bound(after, false)
          : 0;
      heads.push({ run, at });
    }
    for (;;) {
      let best: { run: SortedRun; at: number } | null = null;
      for (const head of heads) {
        if (head.at < 0 || head.at >= head.run.ids.length) continue;
        if (!best) {
          best = head;
          continue;
        }
        const order = ascending(
          { updatedAt: head.run.times[head.at] ?? 0, id: head.run.ids[head.at] ?? 0 },
          { updatedAt: best.run.times[best.at] ?? 0, id: best.run.ids[best.at] ?? 0 },
        );
        if (newest ? order > 0 : order < 0) best = head;
      }
      if (!best) return;
      yield best.run.ids[best.at] ?? 0;
      best.at += newest ? -1 : 1;
    }
  }
}
