/** A message's place in its thread. */
export interface ThreadPlace {
  createdAt: number;
  id: number;
}

/**
 * A thread reads in time order, the id breaking ties: a merged thread interleaves two histories,
 * so its ids need not follow its times. Negative when `a` comes first.
 */
export function compareThreadKeys(a: ThreadPlace, b: ThreadPlace): number {
  return a.createdAt - b.createdAt || a.id - b.id;
}
