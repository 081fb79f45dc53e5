// The memory Store's reads over many conversations: the list (a keyset page read from the sorted
// status index, so 100,000 rows cost a binary search and a short walk), counts, clock candidates.
import {
  compareConversations,
  DEFAULT_SETTINGS,
  dueClockEvents,
  filterPredicate,
  STATUSES,
  type Channel,
  type Conversation,
  type ConversationStatus,
  type FilterContext,
} from '../../domain';
import { ascendingIds, lowerBound } from './table';
import type { ThreadEndIndex } from './thread-ends';
import type { MemoryState } from './state';
import type { ConversationQuery, ConversationRow } from '../store';
import { orderedBySortKey, type Ranked } from './search';
import { searchTexts } from './search-text';

/** The texts and mentions of the memory's conversations, for the filters that need them. */
export function filterContext(state: MemoryState): FilterContext {
  return {
    searchText: (c) => searchTexts(state, c),
    mentionsOf: function* (c) {
      for (const id of state.index.messagesByConversation.get(c.id)) {
        const m = state.messages.get(id);
        if (m?.type === 'note') yield* m.mentions;
      }
    },
  };
}

/**
 * Newest and oldest first walk the status index from the cursor and stop at `limit` matches;
 * the other orders sort every match (./search.ts).
 */
export function listConversations(
  state: MemoryState,
  orgId: number,
  query: ConversationQuery,
): Ranked[] {
  // The index walk applies the statuses; the query's filter fields are matched by the domain.
  const matches = filterPredicate(query, filterContext(state));
  const page: Ranked[] = [];
  if (query.limit <= 0) return page;
  const { sort } = query;
  if (sort !== 'newest' && sort !== 'oldest') {
    const all: Conversation[] = [];
    for (const id of state.index.conversationsByStatus.walk(orgId, query.statuses, 'newest')) {
      const c = state.conversations.get(id);
      if (c && matches(c)) all.push(c);
    }
    return orderedBySortKey(state, all, { ...query, sort });
  }
  for (const id of state.index.conversationsByStatus.walk(
    orgId,
    query.statuses,
    sort,
    query.after,
  )) {
    const c = state.conversations.get(id);
    if (!c || !matches(c)) continue;
    page.push({ conversation: c });
    if (page.length >= query.limit) break;
  }
  return page;
}

/** How many conversations of the org a filter holds (saved views' and shortcuts' counts). */
export function countConversations(
  state: MemoryState,
  orgId: number,
  query: Omit<ConversationQuery, 'sort' | 'limit' | 'after'>,
): number {
  const matches = filterPredicate(query, filterContext(state));
  let n = 0;
  for (const id of state.index.conversationsByStatus.walk(orgId, query.statuses, 'newest')) {
    const c = state.conversations.get(id);
    if (c && matches(c)) n += 1;
  }
  return n;
}

/** The newest message (in time order, as the thread reads) of one of the thread-end indexes. */
function newestOf(state: MemoryState, index: ThreadEndIndex, conversationId: number) {
  const id = index.newest(conversationId);
  return id === undefined ? undefined : state.messages.get(id);
}

/** The newest message that is not an event line. */
export function lastMessageOf(
  state: MemoryState,
  conversationId: number,
): ConversationRow['lastMessage'] {
  const m = newestOf(state, state.index.lastShown, conversationId);
  return m
    ? { type: m.type, authorType: m.authorType, body: m.body, createdAt: m.createdAt }
    : null;
}

/** The newest message from the contact. */
export function contactMessageOf(
  state: MemoryState,
  conversationId: number,
): ConversationRow['contactMessage'] {
  const m = newestOf(state, state.index.lastFromContact, conversationId);
  return m ? { body: m.body, createdAt: m.createdAt } : null;
}

export function countByStatus(
  state: MemoryState,
  orgId: number,
): Partial<Record<ConversationStatus, number>> {
  const counts: Partial<Record<ConversationStatus, number>> = {};
  for (const status of STATUSES) {
    const n = state.index.conversationsByStatus.count(orgId, status);
    if (n > 0) counts[status] = n;
  }
  return counts;
}

export function latestConversationOf(
  state: MemoryState,
  orgId: number,
  inboxId: number,
  contactId: number,
  channel: Channel,
): Conversation | null {
  let latest: Conversation | null = null;
  const newest = compareConversations('newest');
  for (const id of state.index.conversationsByContact.get(contactId)) {
    const c = state.conversations.get(id);
    if (!c || c.orgId !== orgId || c.inboxId !== inboxId || c.channel !== channel) continue;
    if (latest === null || newest(c, latest) < 0) latest = c;
  }
  return latest;
}

/** What the clock index says may be due, checked against the rules themselves. */
export function listClockCandidates(
  state: MemoryState,
  now: number,
  limit: number,
): Conversation[] {
  const settingsOf = (orgId: number) => state.settings.get(orgId) ?? DEFAULT_SETTINGS;
  const found: Conversation[] = [];
  for (const id of state.index.clock.due(now, settingsOf, limit)) {
    const c = state.conversations.get(id);
    if (c && dueClockEvents(c, now, settingsOf(c.orgId)).length > 0) found.push(c);
  }
  return found;
}

/** Entries of a sorted id index after `afterId`, at most `limit`. */
export function idsAfter(ids: readonly number[], afterId: number, limit: number): number[] {
  const start = lowerBound(ids, afterId + 1, ascendingIds);
  return ids.slice(start, start + limit);
}
