import type { ReactNode } from 'react';
import { VIEW_LABELS, type Sort, type Tag } from '../../domain';
import { FilterMenus } from './filter-menus';
import type { AssigneeFilter, InboxSearch } from './inbox-url';
import { SortMenu } from './sort-menu';

export interface ListHeaderProps {
  search: InboxSearch;
  knownTags: readonly Tag[];
  onChange: (next: InboxSearch) => void;
  /** The "Select all" checkbox, lined up with the rows' checkboxes. */
  selectAll: ReactNode;
}

/** The view's name, and the controls that change which rows the list shows and in what order. */
export function ListHeader({ search, knownTags, onChange, selectAll }: ListHeaderProps) {
  const set = (patch: {
    sort?: Sort;
    tag?: string | undefined;
    assignee?: AssigneeFilter | undefined;
  }) => onChange({ ...search, ...patch });
  return (
    <header className="list-header">
      <span className="list-header__select">{selectAll}</span>
      <h1 className="list-header__title">{VIEW_LABELS[search.view]}</h1>
      <div className="list-header__controls">
        <FilterMenus
          assignee={search.assignee}
          tag={search.tag}
          knownTags={knownTags}
          onAssignee={(assignee) => set({ assignee })}
          onTag={(tag) => set({ tag })}
        />
        <SortMenu sort={search.sort} onChange={(sort) => set({ sort })} />
      </div>
    </header>
  );
}
