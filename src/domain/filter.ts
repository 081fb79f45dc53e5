// The inbox list's filter: one type, one matcher per field, one key. The API's query schema, the
// client's query keys, the store's query, the page cache and the SQL WHERE all derive from these,
// so a new filter is one field here, one entry in FILTER_MATCHERS and one in the SQL table.
import { parseSearch, searchRank, type SearchText } from './search';
import type { Channel, Conversation, Priority } from './types';
import { inView, type View } from './views';

/** An agent id, `me` (the agent asking) or `none` (unassigned). */
export type AssigneeFilter = number | 'me' | 'none';

/** Which conversations a list shows: one view, narrowed by each other field that is set. */
export interface ConversationFilter {
  view: View;
  /** A tag name, matched case-insensitively. */
  tag?: string | undefined;
  assignee?: AssigneeFilter | undefined;
  /**
   * Full-text search (./search.ts): every word in the contact's name or email, a chat, a note or
   * a ticket's title; `#123` finds conversation 123.
   */
  q?: string | undefined;
  channel?: Channel | undefined;
  priority?: Priority | undefined;
  /** A team id, or `none` (no team). */
  team?: number | 'none' | undefined;
  /** Conversations with a note that @mentions this agent (`me`: the agent asking). */
  mentions?: number | 'me' | undefined;
  /** Only conversations whose `updatedAt` is at or after this time (ms): a sync's reconcile. */
  updatedSince?: number | undefined;
}

/** A filter as a store reads it: `me` already replaced by the asking agent's id. */
export type ResolvedFilter = Omit<ConversationFilter, 'assignee' | 'mentions'> & {
  assignee?: Exclude<AssigneeFilter, 'me'> | undefined;
  mentions?: number | undefined;
};

/** What some matchers need besides the conversation. */
export interface FilterContext {
  /** The agent asking, for `assignee: 'me'`; without it `me` matches nobody. */
  meId?: number | undefined;
  /**
   * The texts `q` looks in (contact name, email, the chats' and notes' bodies, ticket titles).
   * Without it, `q` cannot be decided and does not narrow: a client's cached list keeps the row,
   * and the server's answer decides.
   */
  searchText?: ((c: Conversation) => Iterable<SearchText>) | undefined;
  /** The agents @mentioned in the conversation's notes; without it `mentions` does not narrow. */
  mentionsOf?: ((c: Conversation) => Iterable<number>) | undefined;
}

type Predicate = (c: Conversation) => boolean;
type Matchers = {
  [K in keyof ConversationFilter]-?: (
    value: NonNullable<ConversationFilter[K]>,
    context: FilterContext,
  ) => Predicate;
};

/** One entry per field: given the field's value, the test a conversation must pass. */
const FILTER_MATCHERS: Matchers = {
  view: (view) => (c) => inView(c.status, view),
  tag: (tag) => {
    const wanted = tag.toLowerCase();
    return (c) => c.conversationTags.some((t) => t.name.toLowerCase() === wanted);
  },
  assignee: (assignee, { meId }) => {
    const wanted = assignee === 'none' ? null : assignee === 'me' ? meId : assignee;
    return (c) => c.assigneeId === wanted;
  },
  q: (q, { searchText }) => {
    const search = parseSearch(q);
    if (!searchText || q.trim() === '') return () => true;
    // Text with neither a word nor an #id (only punctuation) finds nothing, as in SQL.
    if (search.ids.length === 0 && search.terms.length === 0) return () => false;
    return (c) => searchRank(search, c.id, searchText(c)) !== null;
  },
  channel: (channel) => (c) => c.channel === channel,
  priority: (priority) => (c) => c.priority === priority,
  team: (team) => {
    const wanted = team === 'none' ? null : team;
    return (c) => c.teamId === wanted;
  },
  mentions: (mentions, { meId, mentionsOf }) => {
    const wanted = mentions === 'me' ? meId : mentions;
    if (!mentionsOf) return () => true;
    return (c) => {
      for (const id of mentionsOf(c)) if (id === wanted) return true;
      return false;
    };
  },
  updatedSince: (since) => (c) => c.updatedAt >= since,
};

/** The filter's fields in their canonical order. */
export const FILTER_FIELDS = Object.keys(FILTER_MATCHERS) as readonly (keyof ConversationFilter)[];

/** What a request that leaves a field out gets (the API's defaults); the key leaves them out. */
export const FILTER_DEFAULTS = { view: 'open' } as const satisfies Partial<ConversationFilter>;
const defaults: Partial<ConversationFilter> = FILTER_DEFAULTS;

/**
 * The test for a whole filter, prepared once for many conversations. A field that is absent does
 * not narrow (a store that has applied the view through its index leaves the view out).
 */
export function filterPredicate(
  filter: Partial<ConversationFilter>,
  context: FilterContext = {},
): Predicate {
  const tests: Predicate[] = [];
  for (const field of FILTER_FIELDS) {
    const value = filter[field];
    if (value === undefined) continue;
    // Each matcher takes its own field's value; TypeScript cannot pair them through the loop.
    const prepare = FILTER_MATCHERS[field] as (v: typeof value, ctx: FilterContext) => Predicate;
    tests.push(prepare(value, context));
  }
  return (c) => tests.every((test) => test(c));
}

/** Whether the conversation belongs in a list with this filter. */
export function matchesFilter(
  c: Conversation,
  filter: Partial<ConversationFilter>,
  context: FilterContext = {},
): boolean {
  return filterPredicate(filter, context)(c);
}

/**
 * One string per distinct filter: fields in canonical order, absent and default values left out.
 * The client's query keys and the server's page cache are both keyed by it.
 */
export function filterKey(filter: ConversationFilter): string {
  const set: Partial<Record<keyof ConversationFilter, unknown>> = {};
  for (const field of FILTER_FIELDS) {
    const value = filter[field];
    if (value !== undefined && value !== defaults[field]) set[field] = value;
  }
  return JSON.stringify(set);
}

/** The filter a `filterKey` was made from. */
export function filterFromKey(key: string): ConversationFilter {
  return { ...FILTER_DEFAULTS, ...(JSON.parse(key) as Partial<ConversationFilter>) };
}

/** `assignee: 'me'` as the agent's id, for a store or a cache shared by every agent. */
export function resolveFilter(filter: ConversationFilter, meId: number): ResolvedFilter {
  const me = <T>(value: T | 'me'): T | number => (value === 'me' ? meId : value);
  const { assignee, mentions } = filter;
  return {
    ...filter,
    assignee: assignee === undefined ? undefined : me(assignee),
    mentions: mentions === undefined ? undefined : me(mentions),
  };
}
