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

/**
 * A multimap index: key -> values kept in `compare`'s order (values mostly arrive last in that
 * order, so inserts are mostly a push).
 */
export class OrderedIndex<K, V> {
  private readonly map = new Map<K, V[]>();

  constructor(private readonly compare: (a: V, b: V) => number) {}

  add(key: K, value: V): void {
    let list = this.map.get(key);
    if (!list) this.map.set(key, (list = []));
    const last = list[list.length - 1];
    if (last === undefined || this.compare(last, value) < 0) list.push(value);
    else list.splice(lowerBound(list, value, this.compare), 0, value);
  }

  /** Takes out the value that `compare` finds equal to `value`, if there is one. */
  remove(key: K, value: V): void {
    const list = this.map.get(key);
    if (!list) return;
    const at = lowerBound(list, value, this.compare);
    const found = list[at];
    if (found !== undefined && this.compare(found, value) === 0) list.splice(at, 1);
    if (list.length === 0) this.map.delete(key);
  }

  get(key: K): readonly V[] {
    return this.map.get(key) ?? [];
  }
}

export const ascendingIds = (a: number, b: number): number => a - b;

/** An index of ids kept in ascending order. */
export class SortedIndex<K> extends OrderedIndex<K, number> {
  constructor() {
    super(ascendingIds);
  }
}

/** The first position whose value is not before `value` in `compare`'s order. */
export function lowerBound<V>(
  list: readonly V[],
  value: V,
  compare: (a: V, b: V) => number,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid];
    if (at !== undefined && compare(at, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
