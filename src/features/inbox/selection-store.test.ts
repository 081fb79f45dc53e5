import { beforeEach, describe, expect, it } from 'vitest';
import { useSelectionStore } from './selection-store';

const store = () => useSelectionStore.getState();
const selected = () => [...store().ids].sort((a, b) => a - b);
const order = [10, 11, 12, 13, 14, 15];

beforeEach(() => store().clear());

describe('selection store', () => {
  it('toggles one row at a time', () => {
    store().toggle(12, { order });
    store().toggle(14, { order });
    expect(selected()).toEqual([12, 14]);
    store().toggle(12, { order });
    expect(selected()).toEqual([14]);
  });

  it('selects the range from the anchor with shift, in the order shown, either direction', () => {
    store().toggle(14, { order });
    store().toggle(11, { order, range: true });
    expect(selected()).toEqual([11, 12, 13, 14]);
  });

  it('unselects a range when the shift-clicked row was selected', () => {
    store().select(order);
    store().toggle(11, { order });
    store().toggle(13, { order, range: true });
    // 13 was selected, so shift-clicking it unselects the whole range from the anchor (11).
    expect(selected()).toEqual([10, 14, 15]);
  });

  it('toggles just the row when there is no anchor in the list', () => {
    store().toggle(99, { order: [99] });
    store().toggle(12, { order, range: true });
    expect(selected()).toEqual([12, 99]);
  });

  it('keeps only rows still present, and clears', () => {
    store().select([10, 11, 12]);
    store().keepOnly(new Set([11, 12, 13]));
    expect(selected()).toEqual([11, 12]);
    store().clear();
    expect(selected()).toEqual([]);
    expect(store().anchor).toBeNull();
  });
});
