// The clock's housekeeping: when it prunes the change feed and when it compacts the database.
import { describe, expect, it, vi } from 'vitest';
import { HOUR_MS } from '../../domain';
import { resolveDeps } from '../deps';
import { createMemoryStore } from '../memory-store/memory-store';
import { plainPasswords } from '../plain-passwords';
import { COMPACT_EVERY_MS, keepHouse } from './clock';

const T0 = Date.UTC(2025, 0, 15, 12);
const MINUTE_MS = 60_000;

function setup() {
  let now = T0;
  const compact = vi.fn<() => Promise<void>>(async () => undefined);
  const store = Object.assign(createMemoryStore(), { compact });
  const svc = resolveDeps({ store, now: () => now, passwords: plainPasswords });
  const append = (orgId: number) =>
    store.transaction((tx) =>
      tx.appendChange({
        orgId,
        type: 'counts.changed',
        conversationId: null,
        data: null,
        createdAt: now,
      }),
    );
  return { svc, compact, append, advance: (ms: number) => (now += ms) };
}

describe('the clock keeping the database small', () => {
  it('prunes what is over a day old, then compacts; not again within the next minutes', async () => {
    const { svc, compact, append, advance } = setup();
    await append(1);
    await append(2);
    expect(await keepHouse(svc)).toEqual({ pruned: 0, compacted: false });
    advance(20 * HOUR_MS);
    await append(1);
    advance(5 * HOUR_MS);
    expect(await keepHouse(svc)).toEqual({ pruned: 2, compacted: true });
    expect(compact).toHaveBeenCalledTimes(1);
    // Due again only ten minutes after the last prune.
    advance(MINUTE_MS);
    expect(await keepHouse(svc)).toEqual({ pruned: 0, compacted: false });
  });

  it('compacts every few hours even when nothing was pruned', async () => {
    const { svc, compact, advance } = setup();
    await keepHouse(svc);
    advance(COMPACT_EVERY_MS - MINUTE_MS);
    expect((await keepHouse(svc)).compacted).toBe(false);
    advance(MINUTE_MS);
    expect((await keepHouse(svc)).compacted).toBe(true);
    expect(compact).toHaveBeenCalledTimes(1);
  });
});
