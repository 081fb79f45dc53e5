import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ConversationPage, ConversationRow } from '../api';
import { emptyCounts } from '../domain';
import { conversation } from '../domain/test-fixtures';
import { conversationKeys, type ListParams } from './keys';
import { applyToCaches, findCached } from './optimistic';

const OPEN: ListParams = { view: 'open', sort: 'newest' };
const row = (id: number): ConversationRow => ({
  ...conversation({ id, status: 'open' }),
  contact: { id, name: `Contact ${id}`, email: `c${id}@example.test` },
  lastMessage: null,
});

function clientWithList(ids: number[]) {
  const qc = new QueryClient();
  const data: InfiniteData<ConversationPage, string | null> = {
    pages: [{ data: ids.map(row), next: null }],
    pageParams: [null],
  };
  qc.setQueryData(conversationKeys.list(OPEN), data);
  qc.setQueryData(conversationKeys.counts(), { ...emptyCounts(), open: ids.length });
  return qc;
}

describe('findCached', () => {
  it('finds list rows and details without writing to any cache', () => {
    const qc = clientWithList([1, 2, 3]);
    const detail = { ...row(2), subject: 'from the detail' };
    qc.setQueryData(conversationKeys.detail(2), detail);
    const listBefore = qc.getQueryData(conversationKeys.list(OPEN));
    const countsBefore = qc.getQueryData(conversationKeys.counts());
    const found = findCached(qc, [1, 2, 9]);
    expect([...found.keys()].sort()).toEqual([1, 2]);
    expect(found.get(2)).toBe(detail);
    expect(found.get(1)?.id).toBe(1);
    expect(qc.getQueryData(conversationKeys.list(OPEN))).toBe(listBefore);
    expect(qc.getQueryData(conversationKeys.counts())).toBe(countsBefore);
  });
});

describe('applyToCaches', () => {
  it('leaves a list and the counts untouched when the change changes nothing', () => {
    const qc = clientWithList([1, 2, 3]);
    const listBefore = qc.getQueryData(conversationKeys.list(OPEN));
    const countsBefore = qc.getQueryData(conversationKeys.counts());
    applyToCaches(qc, [1, 2], () => null);
    expect(qc.getQueryData(conversationKeys.list(OPEN))).toBe(listBefore);
    expect(qc.getQueryData(conversationKeys.counts())).toBe(countsBefore);
  });

  it('takes a closed row out of the open list and moves the counts, and rolls back', () => {
    const qc = clientWithList([1, 2, 3]);
    const snapshot = applyToCaches(qc, [2], (c) => ({ ...c, status: 'closed' }));
    const ids = () =>
      qc
        .getQueryData<InfiniteData<ConversationPage>>(conversationKeys.list(OPEN))
        ?.pages.flatMap((p) => p.data.map((r) => r.id));
    expect(ids()).toEqual([1, 3]);
    expect(qc.getQueryData(conversationKeys.counts())).toMatchObject({ open: 2, closed: 1 });
    snapshot.rollback();
    expect(ids()).toEqual([1, 2, 3]);
    expect(qc.getQueryData(conversationKeys.counts())).toMatchObject({ open: 3, closed: 0 });
  });
});
