// The inbox's address: which inbox and which conversation (the pathnames of the domain's PAGES),
// and the list's view, sort and filters in the query string, so a reload or a shared link shows
// the same list.
import {
  CHANNELS,
  PAGES,
  PRIORITIES,
  SORTS,
  VIEWS,
  type Channel,
  type Priority,
  type Sort,
  type View,
  type ViewFilter,
} from '../../domain';
import type { ListParams } from '../../queries';

export type AssigneeFilter = 'me' | 'none';

export interface InboxSearch {
  view: View;
  sort: Sort;
  tag?: string | undefined;
  assignee?: AssigneeFilter | undefined;
  /** Full-text search; its results are best match first unless another sort is chosen. */
  q?: string | undefined;
  channel?: Channel | undefined;
  priority?: Priority | undefined;
  team?: number | 'none' | undefined;
  mentions?: 'me' | undefined;
}

export const DEFAULT_SEARCH: InboxSearch = { view: 'open', sort: 'newest' };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): value is T =>
    values.some((v) => v === value);
const isView = oneOf(VIEWS);
const isSort = oneOf(SORTS);
const isChannel = oneOf(CHANNELS);
const isPriority = oneOf(PRIORITIES);

function parseTeam(value: string | null): number | 'none' | undefined {
  if (value === 'none') return value;
  return parseId(value ?? undefined) ?? undefined;
}

/** Unknown values fall back to the defaults: an old or hand-edited link still opens an inbox. */
export function parseInboxSearch(search: string): InboxSearch {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const sort = params.get('sort');
  const tag = params.get('tag')?.trim();
  const assignee = params.get('assignee');
  const q = params.get('q')?.trim();
  const channel = params.get('channel');
  const priority = params.get('priority');
  const team = parseTeam(params.get('team'));
  // Best match only makes sense for a search.
  const sorted = isSort(sort) && (sort !== 'relevance' || q) ? sort : undefined;
  return {
    view: isView(view) ? view : DEFAULT_SEARCH.view,
    sort: sorted ?? (q ? 'relevance' : DEFAULT_SEARCH.sort),
    ...(tag ? { tag } : {}),
    ...(assignee === 'me' || assignee === 'none' ? { assignee } : {}),
    ...(q ? { q } : {}),
    ...(isChannel(channel) ? { channel } : {}),
    ...(isPriority(priority) ? { priority } : {}),
    ...(team !== undefined ? { team } : {}),
    ...(params.get('mentions') === 'me' ? { mentions: 'me' as const } : {}),
  };
}

/** The filter fields in the order the address lists them. */
const FILTER_PARAMS = ['tag', 'assignee', 'q', 'channel', 'priority', 'team', 'mentions'] as const;

/** Always names view and sort, so the address says what the list shows. */
export function formatInboxSearch(search: InboxSearch): string {
  const params = new URLSearchParams({ view: search.view, sort: search.sort });
  for (const key of FILTER_PARAMS) {
    const value = search[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** The list a saved view or a shortcut opens. */
export function searchOfFilter(filter: ViewFilter): InboxSearch {
  const { sort, assignee, mentions, ...rest } = filter;
  return {
    ...rest,
    sort: sort ?? (filter.q ? 'relevance' : 'newest'),
    // The address knows `me` and `none`; an agent's id is left to the saved view's count.
    assignee: assignee === 'me' || assignee === 'none' ? assignee : undefined,
    mentions: mentions === 'me' ? 'me' : undefined,
  };
}

/** What "Save view" keeps of the list on screen. */
export function filterOfSearch(search: InboxSearch): ViewFilter {
  const filter: ViewFilter = { view: search.view };
  for (const key of FILTER_PARAMS) {
    const value = search[key];
    if (value !== undefined && value !== '') Object.assign(filter, { [key]: value });
  }
  if (search.sort !== (search.q ? 'relevance' : 'newest')) filter.sort = search.sort;
  return filter;
}

export function inboxHref(inboxId: number, search: InboxSearch, conversationId?: number): string {
  const path =
    conversationId === undefined
      ? PAGES.inbox.path({ inboxId })
      : PAGES.conversation.path({ inboxId, conversationId });
  return `${path}?${formatInboxSearch(search)}`;
}

export function listParamsOf(search: InboxSearch): ListParams {
  return { ...search };
}

/** One string per distinct list: the selection belongs to it and is dropped when it changes. */
export function listIdentity(search: InboxSearch): string {
  return formatInboxSearch(search);
}

export function hasFilters(search: InboxSearch): boolean {
  return FILTER_PARAMS.some((key) => search[key] !== undefined && search[key] !== '');
}

/** Route params are strings; only a positive integer is an id. */
export function parseId(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
