import { SORT_LABELS, SORTS, type Sort } from '../../domain';
import { MenuButton } from '../../ui';

export interface SortMenuProps {
  sort: Sort;
  /** A search is on: "Best match" is offered too. */
  searching?: boolean;
  onChange: (sort: Sort) => void;
}

/** The control named "Sort"; it shows the current order, and the menu offers the others. */
export function SortMenu({ sort, searching = false, onChange }: SortMenuProps) {
  return (
    <MenuButton<Sort>
      label="Sort"
      size="sm"
      variant="ghost"
      align="end"
      items={SORTS.filter((id) => searching || id !== 'relevance').map((id) => ({
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
