import { Checkbox } from '../../ui';

export interface SelectAllProps {
  /** How many of the first rows "Select all" takes, and how many of those are selected. */
  target: number;
  selectedOfTarget: number;
  selectedTotal: number;
  loading: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

/**
 * "Select all" takes the first 25 of the view (the most one bulk request may change). Checked when
 * those are all selected; mixed when some rows are.
 */
export function SelectAll({
  target,
  selectedOfTarget,
  selectedTotal,
  loading,
  onSelectAll,
  onClear,
}: SelectAllProps) {
  const all = target > 0 && selectedOfTarget >= target;
  return (
    <Checkbox
      aria-label="Select all"
      title="Select the first 25"
      checked={all}
      indeterminate={!all && selectedTotal > 0}
      disabled={target === 0 || loading}
      aria-busy={loading || undefined}
      onChange={() => (all || selectedTotal > 0 ? onClear() : onSelectAll())}
    />
  );
}
