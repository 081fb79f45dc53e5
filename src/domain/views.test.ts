import { describe, expect, it } from 'vitest';
import { STATUSES } from './types';
import type { ConversationStatus } from './types';
import {
  VIEWS,
  compareConversations,
  countByView,
  emptyCounts,
  inView,
  shiftCounts,
  viewStatuses,
  viewsOf,
} from './views';
import type { View } from './views';

describe('views', () => {
  it.each([
    ['open', 'open', true],
    ['open', 'pending', false],
    ['snoozed', 'open', false],
    ['snoozed', 'snoozed', true],
    ['closed', 'closed', true],
    ['spam', 'spam', true],
    ['spam', 'all', false],
    ['bulk_sent', 'all', true],
    ['bulk_sent', 'open', false],
    ['snoozed', 'all', true],
    ['closed', 'all', true],
  ] as const)('%s is in view %s: %s', (status, view, expected) => {
    expect(inView(status, view)).toBe(expected);
  });

  it('inView agrees with viewStatuses for every status and view', () => {
    for (const view of VIEWS) {
      for (const status of STATUSES) {
        expect(inView(status, view), `${status} in ${view}`).toBe(
          viewStatuses(view).includes(status),
        );
      }
    }
  });

  it('"all" holds every status but spam (and merged, which no view holds)', () => {
    expect([...viewStatuses('all')].sort()).toEqual(
      STATUSES.filter((s) => s !== 'spam' && s !== 'merged').sort(),
    );
    expect(viewsOf('merged')).toEqual([]);
  });

  it('a snoozed conversation leaves the active views', () => {
    expect(viewsOf('snoozed')).toEqual(['snoozed', 'all']);
  });
});

describe('compareConversations', () => {
  const list = [
    { id: 1, updatedAt: 200 },
    { id: 2, updatedAt: 300 },
    { id: 3, updatedAt: 200 },
    { id: 4, updatedAt: 100 },
  ];

  it('newest first: updatedAt descending, then id descending', () => {
    expect([...list].sort(compareConversations('newest')).map((c) => c.id)).toEqual([2, 3, 1, 4]);
  });

  it('oldest first is the exact reverse', () => {
    expect([...list].sort(compareConversations('oldest')).map((c) => c.id)).toEqual([4, 1, 3, 2]);
  });

  it('ties on updatedAt break on id, so the order is total', () => {
    const cmp = compareConversations('newest');
    expect(cmp({ id: 5, updatedAt: 1 }, { id: 6, updatedAt: 1 })).toBeGreaterThan(0);
    expect(cmp({ id: 5, updatedAt: 1 }, { id: 5, updatedAt: 1 }) === 0).toBe(true);
  });
});

describe('counts', () => {
  const statuses: ConversationStatus[] = [
    'open',
    'open',
    'pending',
    'snoozed',
    'closed',
    'spam',
    'bulk_sent',
  ];

  it('countByView counts each view; all skips spam and counts bulk_sent', () => {
    expect(countByView(statuses.map((status) => ({ status })))).toEqual({
      open: 2,
      pending: 1,
      snoozed: 1,
      closed: 1,
      all: 6,
      spam: 1,
      bulk_sent: 1,
    });
  });

  it('countByView of nothing is all zeros', () => {
    expect(countByView([])).toEqual(emptyCounts());
  });

  it.each([
    ['open', 'closed', { open: 1, closed: 2, all: 6, spam: 1 }],
    ['open', 'spam', { open: 1, all: 5, spam: 2 }],
    ['spam', 'pending', { pending: 2, all: 7, spam: 0 }],
    ['bulk_sent', 'open', { open: 3, all: 6, bulk_sent: 0 }],
  ] as const)('shiftCounts %s -> %s', (from, to, changed) => {
    const before = countByView(statuses.map((status) => ({ status })));
    expect(shiftCounts(before, from, to)).toEqual({ ...before, ...changed });
  });

  it('shiftCounts agrees with recounting after the move', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const before = [...statuses, from].map((status) => ({ status }));
        const after = [...statuses, to].map((status) => ({ status }));
        expect(shiftCounts(countByView(before), from, to), `${from} -> ${to}`).toEqual(
          countByView(after),
        );
      }
    }
  });

  it('shiftCounts to the same status returns the counts untouched', () => {
    const counts = countByView([{ status: 'open' }]);
    expect(shiftCounts(counts, 'open', 'open')).toBe(counts);
  });

  it('shiftCounts never goes below zero (stale counts)', () => {
    const counts: Record<View, number> = emptyCounts();
    expect(shiftCounts(counts, 'open', 'closed')).toEqual({ ...emptyCounts(), closed: 1, all: 1 });
  });
});
