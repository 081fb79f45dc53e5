// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRow } from '../../api';
import { useSelectionStore } from './selection-store';
import type { ConversationList } from './use-conversation-list';
import { useListSelection } from './use-list-selection';

/** A loaded list of these ids; only the ids matter to the selection. */
function listOf(ids: readonly number[]): ConversationList {
  const rows = ids.map((id) => ({ id }) as ConversationRow);
  return {
    rows,
    status: 'success',
    error: null,
    hasMore: false,
    loadingMore: false,
    refetching: false,
    paused: false,
    loadMore: () => {},
    ensureRows: async () => rows,
    retry: () => {},
  };
}

beforeEach(() => useSelectionStore.getState().clear());

describe('the list selection', () => {
  it('drops rows that left the list in the render that shows them gone, never a render later', async () => {
    // What each render counted as selected: the bulk toolbar shows that count.
    const counted: number[] = [];
    const { result, rerender } = renderHook(
      ({ list }) => {
        const selection = useListSelection(list, 'open');
        counted.push(selection.ids.size);
        return selection;
      },
      { initialProps: { list: listOf([1, 2, 3, 4]) } },
    );
    act(() => result.current.select([1, 2, 3]));
    expect(result.current.ids.size).toBe(3);

    // 1 and 2 were closed: the next list has 3 and 4.
    counted.length = 0;
    rerender({ list: listOf([3, 4]) });
    expect(counted).toEqual([1]);
    expect([...result.current.ids]).toEqual([3]);
    expect(result.current.selectedOfTarget).toBe(1);

    // The store forgets them too, once that has been painted; nothing shown changes.
    await waitFor(() => expect([...useSelectionStore.getState().ids]).toEqual([3]));
    expect(new Set(counted)).toEqual(new Set([1]));
    // Back in the list (an Undo), they are not selected again.
    rerender({ list: listOf([1, 2, 3, 4]) });
    expect([...result.current.ids]).toEqual([3]);
  });

  it('keeps the selection while the list is loading', () => {
    const { result, rerender } = renderHook(({ list }) => useListSelection(list, 'open'), {
      initialProps: { list: listOf([1, 2]) },
    });
    act(() => result.current.select([1, 2]));
    rerender({ list: { ...listOf([]), status: 'pending' } });
    expect([...result.current.ids]).toEqual([1, 2]);
  });
});
