// Reads of the inbox: a page of a view, the counts beside the views, one conversation.
import type { ConversationDetail } from '../../api';
import {
  emptyCounts,
  STATUSES,
  viewsOf,
  viewStatuses,
  type Counts,
  type Sort,
  type View,
} from '../../domain';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import type { ConversationRow, Cursor } from '../store';
import type { Caller } from './context';
import { withContact } from './load';

export interface ListParams {
  view: View;
  sort: Sort;
  limit: number;
  after: Cursor | undefined;
  tag: string | undefined;
  assignee: number | 'me' | 'none' | undefined;
  q: string | undefined;
}

export async function listConversations(
  svc: Services,
  caller: Caller,
  p: ListParams,
): Promise<{ rows: ConversationRow[]; more: boolean }> {
  const rows = await svc.store.read((tx) =>
    tx.listConversations(caller.orgId, {
      statuses: viewStatuses(p.view),
      sort: p.sort,
      // One more than asked tells whether there is a next page without counting.
      limit: p.limit + 1,
      after: p.after,
      tag: p.tag,
      assignee: p.assignee === 'me' ? caller.agent.id : p.assignee,
      q: p.q?.trim() || undefined,
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
    return withContact(tx, c);
  });
}
