// `GET /api/reports/summary`: figures for the conversations created in [from, to).
import type { ReportSummary } from '../../api';
import { STATUSES, type ConversationStatus } from '../../domain';
import type { Services } from '../deps';
import type { Caller } from './context';

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
  const rows = await svc.store.transaction((tx) => tx.listMetrics(caller.orgId, range));
  // The store promises the range; filtering again keeps the figures right if one returns more.
  const inRange = rows.filter((m) => m.createdAt >= range.from && m.createdAt < range.to);
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
