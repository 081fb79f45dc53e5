// Optimistic updates: run a change over every cached copy of a conversation (its detail, every
// list it is in, the counts) in one synchronous pass, and keep what is needed to undo it.
import {
  notifyManager,
  type InfiniteData,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { ConversationDetail, ConversationPage, ConversationRow } from '../api';
import { matchesFilter, shiftCounts } from '../domain';
import type { Conversation, Counts } from '../domain';
import { invalidateFindCounts } from './find';
import { conversationKeys, listParamsOfKey, orgKeys } from './keys';

/** The next state of a conversation, or null to leave it as it is. */
export type ConversationChange = (c: Conversation) => Conversation | null;

export interface CacheSnapshot {
  rollback(): void;
  /** Each touched conversation as it was before the change. */
  previous: Map<number, Conversation>;
}

type ListData = InfiniteData<ConversationPage, string | null>;

export function applyToCaches(
  qc: QueryClient,
  ids: readonly number[],
  change: ConversationChange,
): CacheSnapshot {
  const wanted = new Set(ids);
  const saved: [QueryKey, unknown][] = [];
  const previous = new Map<number, Conversation>();
  const next = new Map<number, Conversation | null>();
  const meId = qc.getQueryData<{ id: number }>(orgKeys.me)?.id;

  // Decide each conversation's next state once, from the first cached copy found.
  const decide = (c: Conversation): Conversation | null => {
    if (!next.has(c.id)) {
      previous.set(c.id, c);
      next.set(c.id, change(c));
    }
    return next.get(c.id) ?? null;
  };

  for (const id of wanted) {
    const key = conversationKeys.detail(id);
    const detail = qc.getQueryData<ConversationDetail>(key);
    if (!detail) continue;
    saved.push([key, detail]);
    const changed = decide(detail);
    if (changed) qc.setQueryData<ConversationDetail>(key, { ...detail, ...changed });
  }

  for (const [key, data] of qc.getQueriesData<ListData>({ queryKey: conversationKeys.lists() })) {
    if (!data) continue;
    const params = listParamsOfKey(key);
    let touched = false;
    const pages = data.pages.map((page) => {
      if (!page.data.some((row) => wanted.has(row.id))) return page;
      let pageTouched = false;
      const rows: ConversationRow[] = [];
      for (const row of page.data) {
        const changed = wanted.has(row.id) ? decide(row) : null;
        if (!changed) rows.push(row);
        else {
          pageTouched = true;
          // No text to search here: `q` keeps the row, and the refetch decides.
          if (matchesFilter(changed, params, { meId })) rows.push({ ...row, ...changed });
        }
      }
      touched ||= pageTouched;
      return pageTouched ? { ...page, data: rows } : page;
    });
    if (!touched) continue;
    saved.push([key, data]);
    qc.setQueryData<ListData>(key, { ...data, pages });
  }

  const counts = qc.getQueryData<Counts>(conversationKeys.counts());
  if (counts && [...next.values()].some((after) => after !== null)) {
    saved.push([conversationKeys.counts(), counts]);
    let shifted = counts;
    for (const [id, after] of next) {
      const before = previous.get(id);
      if (before && after) shifted = shiftCounts(shifted, before.status, after.status);
    }
    qc.setQueryData(conversationKeys.counts(), shifted);
  }

  return {
    previous,
    rollback: () => {
      for (const [key, data] of saved) qc.setQueryData(key, data);
    },
  };
}

/**
 * The cached copy of each conversation, read without writing: its detail if cached, else the
 * first list row found. One pass over the lists whatever the number of ids.
 */
export function findCached(qc: QueryClient, ids: readonly number[]): Map<number, Conversation> {
  const found = new Map<number, Conversation>();
  const wanted = new Set<number>();
  for (const id of ids) {
    const detail = qc.getQueryData<ConversationDetail>(conversationKeys.detail(id));
    if (detail) found.set(id, detail);
    else wanted.add(id);
  }
  if (wanted.size === 0) return found;
  for (const [, data] of qc.getQueriesData<ListData>({ queryKey: conversationKeys.lists() })) {
    for (const page of data?.pages ?? []) {
      for (const row of page.data) {
        if (!wanted.has(row.id)) continue;
        found.set(row.id, row);
        wanted.delete(row.id);
        if (wanted.size === 0) return found;
      }
    }
  }
  return found;
}

/** Puts the server's answer into every cached copy, keeping the list rows' contact and preview. */
export function writeConversation(qc: QueryClient, saved: ConversationDetail | Conversation): void {
  writeConversations(qc, [saved]);
}

/**
 * `writeConversation` for many (a bulk change's answer): one pass over the cached lists and one
 * write of each, and the components told once, rather than once per conversation.
 */
export function writeConversations(
  qc: QueryClient,
  saved: readonly (ConversationDetail | Conversation)[],
): void {
  const byId = new Map(saved.map((c) => [c.id, c]));
  notifyManager.batch(() => {
    applyToCaches(qc, [...byId.keys()], (c) => {
      const answer = byId.get(c.id);
      if (!answer || c.version > answer.version) return null;
      const { contact: _contact, ...fields } = answer as ConversationDetail;
      return { ...c, ...fields };
    });
    for (const answer of saved) {
      if (!('contact' in answer)) continue;
      qc.setQueryData<ConversationDetail>(conversationKeys.detail(answer.id), (old) =>
        old && old.version > answer.version ? old : answer,
      );
    }
  });
}

/** After a change settles: fetch the truth for everything it may have moved. */
export function reconcile(qc: QueryClient, ids: readonly number[]): Promise<unknown> {
  const touched = new Set(ids);
  const [root] = conversationKeys.all;
  const kinds = new Set([conversationKeys.details()[1], 'messages']);
  return Promise.all([
    qc.invalidateQueries({ queryKey: conversationKeys.lists() }),
    qc.invalidateQueries({ queryKey: conversationKeys.counts() }),
    invalidateFindCounts(qc),
    // Each conversation's detail and messages, in one pass over the cache rather than two per id.
    qc.invalidateQueries({
      predicate: ({ queryKey: [first, kind, id] }) =>
        first === root && kinds.has(String(kind)) && touched.has(Number(id)),
    }),
  ]);
}
