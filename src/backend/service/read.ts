// Reads of the inbox: a page of a view, the counts beside the views, one conversation.
import type { ConversationDetail } from '../../api';
import {
  emptyCounts,
  resolveFilter,
  STATUSES,
  viewsOf,
  viewStatuses,
  type ConversationFilter,
  type Counts,
  type Sort,
} from '../../domain';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import type { ConversationRow, Cursor } from '../store';
import type { Caller } from './context';
import { withContact } from './load';

export interface ListParams {
  filter: ConversationFilter;
  sort: Sort;
  limit: number;
  after: Cursor | undefined;
}

export async function listConversations(
  svc: Services,
  caller: Caller,
  p: ListParams,
): Promise<{ rows: ConversationRow[]; more: boolean }> {
  const { view, ...filter } = resolveFilter(p.filter, caller.agent.id);
  const rows = await svc.store.read((tx) =>
    tx.listConversations(caller.orgId, {
      ...filter,
      statuses: viewStatuses(view),
      sort: p.sort,
      // One more than asked tells whether there is a next page without counting.
      limit: p.limit + 1,
      after: p.after,
    }),
  );
  return { rows: rows.slice(0, p.limit), more: rows.length > p.limit };
}

export async function counts(svc: Services, caller: Caller): Promise<Counts> {
  const byStatus = await svc.store.read((tx) => tx.countByStatus(caller.orgId));
  const result = emptyCounts();
  for (const status of STATUSES) {
    const n = byStatus[status] ?? 0;
    for (const view of viewsOf(status)) result[view] += n;
  }
  return result;
}

export function getConversation(
  svc: Services,
  caller: Caller,
  id: number,
): Promise<ConversationDetail> {
  return svc.store.read(async (tx) => {
    const c = await tx.getConversation(caller.orgId, id);
    if (!c) throw notFound();
    const viewers = svc.presence.viewers(caller.orgId, id, svc.now(), caller.agent.id);
    return { ...(await withContact(tx, c)), viewers };
  });
}
