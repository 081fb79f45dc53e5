// `GET /api/reports/summary`: figures for the conversations created in [from, to); and
// `GET /api/reports/series`: created and closed per local day or week.
import {
  MAX_SERIES_BUCKETS,
  type ReportBucket,
  type ReportSummary,
  type SeriesPoint,
} from '../../api';
import { DAY_MS, STATUSES, type ConversationStatus } from '../../domain';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx } from '../store';
import type { Caller } from './context';
import { ZonedCalendar } from './zoned-days';

/** The longest range a report covers. */
export const MAX_REPORT_DAYS = 400;

/**
 * The figures of the org's undoable changes whose window has passed, applied before a report
 * reads them, so a report is exact without waiting for the clock's next tick.
 */
function releaseDue(svc: Services, tx: StoreTx, orgId: number): Promise<number> {
  return tx.releaseHeldMetrics(svc.now(), orgId);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export async function reportSummary(
  svc: Services,
  caller: Caller,
  range: { from: number; to: number },
): Promise<ReportSummary> {
  const rows = await svc.store.transaction(async (tx) => {
    await releaseDue(svc, tx, caller.orgId);
    return tx.listMetrics(caller.orgId, range);
  });
  // The store promises the range; filtering again keeps the figures right if one returns more.
  // A merged pair is one conversation: the one merged away is not counted (SPEC 7.8).
  const inRange = rows.filter(
    (m) => m.createdAt >= range.from && m.createdAt < range.to && m.status !== 'merged',
  );
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    ConversationStatus,
    number
  >;
  const firstResponses: number[] = [];
  const closeTimes: number[] = [];
  let closed = 0;
  let deletedWithMetrics = 0;
  for (const m of inRange) {
    byStatus[m.status] += 1;
    if (m.deleted) deletedWithMetrics += 1;
    if (m.firstResponseAt !== null)
      firstResponses.push(Math.max(0, m.firstResponseAt - m.createdAt));
    if (m.closedAt !== null) {
      closed += 1;
      closeTimes.push(Math.max(0, m.closedAt - m.createdAt));
    }
  }
  return {
    from: range.from,
    to: range.to,
    byStatus,
    created: inRange.length,
    closed,
    medianFirstResponseMs: median(firstResponses),
    medianTimeToCloseMs: median(closeTimes),
    deletedWithMetrics,
  };
}

export interface SeriesRequest {
  from?: number | undefined;
  to?: number | undefined;
  bucket: ReportBucket;
  tz: string;
}

/**
 * `GET /api/reports/series`: created and closed per local day (or week) of `tz`. Buckets start at
 * local midnights; weeks start on `from`'s weekday. Without a range, the last 30 local days.
 */
export async function reportSeries(
  svc: Services,
  caller: Caller,
  req: SeriesRequest,
): Promise<SeriesPoint[]> {
  const calendar = new ZonedCalendar(req.tz);
  const today = calendar.dateOf(svc.now());
  const to = req.to ?? calendar.startOf(ZonedCalendar.addDays(today, 1));
  const from = req.from ?? calendar.startOf(ZonedCalendar.addDays(calendar.dateOf(to - 1), -29));
  if (from >= to) throw badRequest('`from` must be before `to`.');
  const first = calendar.dateOf(from);
  // The summary's 400 days, counted in local days so that a daylight-saving hour does not tip it.
  const cap = Math.max(
    MAX_REPORT_DAYS * DAY_MS,
    calendar.startOf(ZonedCalendar.addDays(first, MAX_REPORT_DAYS)) - from,
  );
  if (to - from > cap) throw badRequest(`A report covers at most ${MAX_REPORT_DAYS} days.`);

  const step = req.bucket === 'day' ? 1 : 7;
  const starts = [from];
  for (let k = 1; ; k += 1) {
    const start = calendar.startOf(ZonedCalendar.addDays(first, k * step));
    if (start >= to) break;
    // A day a time zone skipped (Samoa, 30 December 2011) has no instant: no bucket either.
    if (start > (starts.at(-1) ?? from)) starts.push(start);
  }
  if (starts.length > MAX_SERIES_BUCKETS)
    throw badRequest(
      `A series has at most ${MAX_SERIES_BUCKETS} buckets; ask for weeks or a shorter range.`,
    );
  const points: SeriesPoint[] = starts.map((start, i) => ({
    from: start,
    to: starts[i + 1] ?? to,
    created: 0,
    closed: 0,
  }));
  const bucketOf = (t: number): SeriesPoint | undefined => {
    if (t < from || t >= to) return undefined;
    // The last bucket starting at or before t.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? to) <= t) lo = mid;
      else hi = mid - 1;
    }
    return points[lo];
  };

  const rows = await svc.store.transaction(async (tx) => {
    await releaseDue(svc, tx, caller.orgId);
    return tx.listMetricsTouching(caller.orgId, { from, to });
  });
  for (const m of rows) {
    if (m.status === 'merged') continue;
    const created = bucketOf(m.createdAt);
    if (created) created.created += 1;
    const closed = m.closedAt === null ? undefined : bucketOf(m.closedAt);
    if (closed) closed.closed += 1;
  }
  return points;
}
