// The memory Store's tables: Maps that record an undo step for every write while a transaction
// runs, so a failed transaction is rolled back in O(writes) instead of cloning the database.

export class Journal {
  private undos: (() => void)[] = [];

  record(undo: () => void): void {
    this.undos.push(undo);
  }

  rollback(): void {
    for (let i = this.undos.length - 1; i >= 0; i -= 1) this.undos[i]?.();
    this.undos = [];
  }
}

export interface TableHooks<V> {
  /** Keeps a secondary index in step; called for writes and for their undo alike. */
  added?(value: V): void;
  removed?(value: V): void;
}

export class Table<K, V> {
  private readonly rows = new Map<K, V>();

  constructor(
    private readonly journal: () => Journal | null,
    private readonly hooks: TableHooks<V> = {},
  ) {}

  get(key: K): V | undefined {
    return this.rows.get(key);
  }

  has(key: K): boolean {
    return this.rows.has(key);
  }

  get size(): number {
    return this.rows.size;
  }

  values(): IterableIterator<V> {
    return this.rows.values();
  }

  set(key: K, value: V): void {
    const before = this.rows.get(key);
    this.journal()?.record(() => this.apply(key, before, value));
    this.apply(key, value, before);
  }

  delete(key: K): boolean {
    const before = this.rows.get(key);
    if (before === undefined) return false;
    this.journal()?.record(() => this.apply(key, before, undefined));
    this.apply(key, undefined, before);
    return true;
  }

  /** Puts `next` in place of `current` (undefined removes), keeping the indexes in step. */
  private apply(key: K, next: V | undefined, current: V | undefined): void {
    if (current !== undefined) this.hooks.removed?.(current);
    if (next === undefined) {
      this.rows.delete(key);
    } else {
      this.rows.set(key, next);
      this.hooks.added?.(next);
    }
  }
}

/** An id sequence whose increments are undone with the transaction that made them. */
export class Sequence {
  private last = 0;

  constructor(private readonly journal: () => Journal | null) {}

  next(): number {
    const before = this.last;
    this.journal()?.record(() => {
      this.last = before;
    });
    this.last += 1;
    return this.last;
  }
}

/** A multimap index: key -> set of ids. */
export class SetIndex<K> {
  private readonly map = new Map<K, Set<number>>();

  add(key: K, id: number): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }

  remove(key: K, id: number): void {
    const set = this.map.get(key);
    set?.delete(id);
    if (set && set.size === 0) this.map.delete(key);
  }

  get(key: K): ReadonlySet<number> {
    return this.map.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<number> = new Set();

/** An index of ids kept in ascending order (ids are mostly appended, so inserts are cheap). */
export class SortedIndex<K> {
  private readonly map = new Map<K, number[]>();

  add(key: K, id: number): void {
    let list = this.map.get(key);
    if (!list) this.map.set(key, (list = []));
    const last = list[list.length - 1];
    if (last === undefined || last < id) list.push(id);
    else list.splice(lowerBound(list, id), 0, id);
  }

  remove(key: K, id: number): void {
    const list = this.map.get(key);
    if (!list) return;
    const at = lowerBound(list, id);
    if (list[at] === id) list.splice(at, 1);
    if (list.length === 0) this.map.delete(key);
  }

  get(key: K): readonly number[] {
    return this.map.get(key) ?? [];
  }
}

/** The first position whose id is >= `id`. */
export function lowerBound(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
