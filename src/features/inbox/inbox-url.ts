// The inbox's address: which inbox, which conversation, and the list's view, sort and filters in
// the query string, so a reload or a shared link shows the same list.
import { SORTS, VIEWS, type Sort, type View } from '../../domain';
import type { ListParams } from '../../queries';

export const INBOX_ROUTE = '/inbox/:inboxId';
export const CONVERSATION_ROUTE = '/inbox/:inboxId/conversations/:conversationId';

export type AssigneeFilter = 'me' | 'none';

export interface InboxSearch {
  view: View;
  sort: Sort;
  tag?: string | undefined;
  assignee?: AssigneeFilter | undefined;
}

export const DEFAULT_SEARCH: InboxSearch = { view: 'open', sort: 'newest' };

const isView = (value: string | null): value is View => VIEWS.some((v) => v === value);
const isSort = (value: string | null): value is Sort => SORTS.some((s) => s === value);

/** Unknown values fall back to the defaults: an old or hand-edited link still opens an inbox. */
export function parseInboxSearch(search: string): InboxSearch {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const sort = params.get('sort');
  const tag = params.get('tag')?.trim();
  const assignee = params.get('assignee');
  return {
    view: isView(view) ? view : DEFAULT_SEARCH.view,
    sort: isSort(sort) ? sort : DEFAULT_SEARCH.sort,
    ...(tag ? { tag } : {}),
    ...(assignee === 'me' || assignee === 'none' ? { assignee } : {}),
  };
}

/** Always names view and sort, so the address says what the list shows. */
export function formatInboxSearch(search: InboxSearch): string {
  const params = new URLSearchParams({ view: search.view, sort: search.sort });
  if (search.tag) params.set('tag', search.tag);
  if (search.assignee) params.set('assignee', search.assignee);
  return params.toString();
}

export function inboxHref(inboxId: number, search: InboxSearch, conversationId?: number): string {
  const path =
    conversationId === undefined
      ? `/inbox/${inboxId}`
      : `/inbox/${inboxId}/conversations/${conversationId}`;
  return `${path}?${formatInboxSearch(search)}`;
}

export function listParamsOf(search: InboxSearch): ListParams {
  return { view: search.view, sort: search.sort, tag: search.tag, assignee: search.assignee };
}

/** One string per distinct list: the selection belongs to it and is dropped when it changes. */
export function listIdentity(search: InboxSearch): string {
  return formatInboxSearch(search);
}

export function hasFilters(search: InboxSearch): boolean {
  return Boolean(search.tag || search.assignee);
}

/** Route params are strings; only a positive integer is an id. */
export function parseId(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
