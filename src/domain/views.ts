// Which conversations each status view holds, how they sort, and the counts beside each view.
import type { Conversation, ConversationStatus } from './types';

export const VIEWS = ['open', 'pending', 'snoozed', 'closed', 'all', 'spam', 'bulk_sent'] as const;
export type View = (typeof VIEWS)[number];

/**
 * `waiting`: whose contact has waited longest first (by `waitingSince`, answered ones last);
 * `relevance`: best search match first, what a list with `q` and no `sort` gets.
 */
export const SORTS = ['newest', 'oldest', 'waiting', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];
/** The orders kept by time alone, which the stores walk through their (updated_at, id) index. */
export type TimeSort = Extract<Sort, 'newest' | 'oldest'>;

export type Counts = Record<View, number>;

export const VIEW_LABELS: Record<View, string> = {
  open: 'Open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  closed: 'Closed',
  all: 'All',
  spam: 'Spam',
  bulk_sent: 'Bulk sent',
};

export const SORT_LABELS: Record<Sort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  waiting: 'Waiting longest',
  relevance: 'Best match',
};

/** The order a list gets: the one asked for, else best match when searching, else newest. */
export function effectiveSort(sort: Sort | undefined, q: string | undefined): Sort {
  const searching = q !== undefined && q.trim() !== '';
  if (sort === 'relevance' || sort === undefined) return searching ? 'relevance' : 'newest';
  return sort;
}

/** `all` is every status but spam (bulk_sent included); every other view is its own status. */
export function viewStatuses(view: View): readonly ConversationStatus[] {
  switch (view) {
    case 'all':
      return ['open', 'pending', 'snoozed', 'closed', 'bulk_sent'];
    default:
      return [view];
  }
}

export function inView(status: ConversationStatus, view: View): boolean {
  return view === 'all' ? status !== 'spam' && status !== 'merged' : status === view;
}

/** The views a conversation of this status is counted in. */
export function viewsOf(status: ConversationStatus): View[] {
  return VIEWS.filter((view) => inView(status, view));
}

type Sortable = Pick<Conversation, 'id' | 'updatedAt'>;

/** Newest first: `updatedAt` descending, then `id` descending; oldest first is the exact reverse. */
export function compareConversations(sort: TimeSort): (a: Sortable, b: Sortable) => number {
  const sign = sort === 'newest' ? -1 : 1;
  return (a, b) => sign * (a.updatedAt - b.updatedAt || a.id - b.id);
}

/**
 * Waiting longest first: `waitingSince` ascending, every answered conversation (null) after every
 * waiting one, then `id` ascending (the SQL `ORDER BY waiting_since NULLS LAST, id`).
 */
export function compareWaiting(
  a: Pick<Conversation, 'id' | 'waitingSince'>,
  b: Pick<Conversation, 'id' | 'waitingSince'>,
): number {
  if (a.waitingSince !== b.waitingSince) {
    if (a.waitingSince === null) return 1;
    if (b.waitingSince === null) return -1;
    return a.waitingSince - b.waitingSince;
  }
  return a.id - b.id;
}

export function emptyCounts(): Counts {
  return { open: 0, pending: 0, snoozed: 0, closed: 0, all: 0, spam: 0, bulk_sent: 0 };
}

export function countByView(conversations: Iterable<Pick<Conversation, 'status'>>): Counts {
  const counts = emptyCounts();
  for (const c of conversations) for (const view of viewsOf(c.status)) counts[view] += 1;
  return counts;
}

/** Counts after one conversation moved from one status to another (for optimistic updates). */
export function shiftCounts(
  counts: Counts,
  from: ConversationStatus,
  to: ConversationStatus,
): Counts {
  if (from === to) return counts;
  const next = { ...counts };
  for (const view of viewsOf(from)) next[view] = Math.max(0, next[view] - 1);
  for (const view of viewsOf(to)) next[view] += 1;
  return next;
}
