import { memo, type ReactNode, type RefObject } from 'react';
import { VIEW_LABELS, type Sort } from '../../domain';
import { Button } from '../../ui';
import { FilterMenus, type FilterMenusProps, type FilterPatch } from './filter-menus';
import type { InboxSearch } from './inbox-url';
import { SearchBox } from './search-box';
import { SortMenu } from './sort-menu';

export interface ListHeaderProps {
  search: InboxSearch;
  tags: FilterMenusProps['tags'];
  teams: FilterMenusProps['teams'];
  onChange: (next: InboxSearch) => void;
  /** "Save view": keep the list's filters and order under a name. */
  onSaveView: () => void;
  searchRef?: RefObject<HTMLInputElement | null>;
  /** The "Select all" checkbox, lined up with the rows' checkboxes. */
  selectAll: ReactNode;
}

/** The view's name, the search box, and the controls that change which rows show and in what order. */
export function ListHeader({
  search,
  tags,
  teams,
  onChange,
  onSaveView,
  searchRef,
  selectAll,
}: ListHeaderProps) {
  const onSearch = (q: string) => {
    // A new search is best match first; clearing it goes back from best match to newest.
    const sort =
      q && !search.q && search.sort === 'newest'
        ? 'relevance'
        : !q && search.sort === 'relevance'
          ? 'newest'
          : search.sort;
    onChange({ ...search, q: q || undefined, sort });
  };
  return (
    <header className="list-header">
      <div className="list-header__row">
        <span className="list-header__select">{selectAll}</span>
        <h1 className="list-header__title">{VIEW_LABELS[search.view]}</h1>
        <SearchBox value={search.q ?? ''} onSearch={onSearch} inputRef={searchRef} />
      </div>
      <ListControls
        search={search}
        tags={tags}
        teams={teams}
        onChange={onChange}
        onSaveView={onSaveView}
      />
    </header>
  );
}

/**
 * Memoized: a change to the rows or the selection (a bulk close, a click on a checkbox) re-renders
 * "Select all", not the menus, whose props stay the same.
 */
const ListControls = memo(function ListControls({
  search,
  tags,
  teams,
  onChange,
  onSaveView,
}: Pick<ListHeaderProps, 'search' | 'tags' | 'teams' | 'onChange' | 'onSaveView'>) {
  const set = (patch: FilterPatch & { sort?: Sort }) => onChange({ ...search, ...patch });
  return (
    <div className="list-header__controls">
      <FilterMenus search={search} tags={tags} teams={teams} onChange={set} />
      <SortMenu
        sort={search.sort}
        searching={Boolean(search.q)}
        onChange={(sort) => set({ sort })}
      />
      <Button size="sm" variant="ghost" onClick={onSaveView}>
        Save view
      </Button>
    </div>
  );
});
