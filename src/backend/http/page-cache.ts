// Pages of the inbox as sent (the JSON text), per org and query, kept while the org's change feed
// stands still. Every write that changes what a list shows appends to the feed in its own
// transaction (service/context.ts), and an org's feed ids commit in order (sql/changes.ts). So a
// page read after the feed's newest id was read is at least as new as that id, and stays right
// until the feed moves past it. An unchanged view is answered without reading a row, and the
// agents who all refetch a view after one change share one read of it. Where the store counts its
// writes itself (PGlite, which only this process writes to), that count serves as the id.

import { filterKey, type ResolvedFilter, type Sort } from '../../domain';

/**
 * The key of one page of a list: the filter's canonical key (with `me` resolved: the cache is
 * shared by the org's agents), the order and where the page starts.
 */
export function listPageKey(
  filter: ResolvedFilter,
  sort: Sort,
  limit: number,
  cursor: string | undefined,
): string {
  return JSON.stringify([filterKey(filter), sort, limit, cursor ?? null]);
}

export interface CachedPage {
  text: string;
  /**
   * A weak entity tag naming this text: the same tag, the same text, in this process and any other
   * (each cache draws a random prefix). The host keeps compressed copies under it.
   */
  etag: string;
}

export interface PageCache {
  /**
   * The page under `key` in `orgId` as of feed id `changeId` (read before calling): a kept one at
   * least that new, the one being read now, or `read()`'s.
   */
  get(
    orgId: number,
    key: string,
    changeId: number,
    read: () => Promise<string>,
  ): Promise<CachedPage>;
}

interface Entry {
  changeId: number;
  page: Promise<CachedPage>;
  /** Known once read; counted against the budget. */
  size: number;
}

/** About 500 pages of 50 rows: pages of a feed id that has moved on are dropped as they age. */
const DEFAULT_BUDGET_CHARS = 16_000_000;

export function createPageCache(budgetChars = DEFAULT_BUDGET_CHARS): PageCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, Entry>();
  let total = 0;
  // getRandomValues, unlike randomUUID, is there on a plain-http page too (the mock on a LAN).
  const prefix = (crypto.getRandomValues(new Uint32Array(2)) as Uint32Array).join('-');
  let pagesRead = 0;

  const drop = (name: string, entry: Entry) => {
    if (entries.get(name) !== entry) return;
    entries.delete(name);
    total -= entry.size;
  };

  return {
    get(orgId, key, changeId, read) {
      const name = `${orgId}\n${key}`;
      const kept = entries.get(name);
      if (kept && kept.changeId >= changeId) {
        entries.delete(name);
        entries.set(name, kept);
        return kept.page;
      }
      if (kept) drop(name, kept);
      pagesRead += 1;
      const etag = `W/"${prefix}.${pagesRead}"`;
      const entry: Entry = { changeId, page: read().then((text) => ({ text, etag })), size: 0 };
      entries.set(name, entry);
      entry.page.then(
        ({ text }) => {
          if (entries.get(name) !== entry) return;
          entry.size = text.length;
          total += entry.size;
          for (const [oldest, old] of entries) {
            if (total <= budgetChars || old === entry) break;
            drop(oldest, old);
          }
        },
        // A failed read is not kept: the next request reads again.
        () => drop(name, entry),
      );
      return entry.page;
    },
  };
}
