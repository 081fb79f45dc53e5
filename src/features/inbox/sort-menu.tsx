import { SORT_LABELS, SORTS, type Sort } from '../../domain';
import { MenuButton } from '../../ui';

export interface SortMenuProps {
  sort: Sort;
  onChange: (sort: Sort) => void;
}

/** The control named "Sort"; it shows the current order, and the menu offers both. */
export function SortMenu({ sort, onChange }: SortMenuProps) {
  return (
    <MenuButton<Sort>
      label="Sort"
      size="sm"
      variant="ghost"
      align="end"
      items={SORTS.map((id) => ({
        id,
        kind: 'radio',
        label: SORT_LABELS[id],
        checked: id === sort,
      }))}
      onSelect={onChange}
    >
      {SORT_LABELS[sort]}
    </MenuButton>
  );
}
