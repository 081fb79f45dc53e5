import { useQuery } from '@tanstack/react-query';
import { SHORTCUT_VIEWS, SHORTCUTS, VIEW_LABELS, VIEWS } from '../../domain';
import { conversationQueries, findQueries } from '../../queries';
import { formatInboxSearch, searchOfFilter, type InboxSearch } from './inbox-url';
import { NavLink } from './nav-link';
import { SavedViewItem } from './saved-view-item';
import { useInboxLocation } from './use-inbox-location';

/**
 * The status views with their live counts, then the shortcuts (Mine, Unassigned, Mentions) and
 * the saved views with theirs. Every count follows optimistic changes and the change feed.
 */
export function ViewsNav() {
  const { search, hrefFor } = useInboxLocation();
  const counts = useQuery(conversationQueries.counts());
  const views = useQuery(findQueries.views());
  const here = formatInboxSearch(search);
  const isHere = (s: InboxSearch) => formatInboxSearch(s) === here;
  const shortcuts = SHORTCUTS.map((key) => ({
    key,
    ...SHORTCUT_VIEWS[key],
    search: searchOfFilter(SHORTCUT_VIEWS[key].filter),
  }));
  const saved = (views.data?.data ?? []).map((v) => ({
    view: v,
    search: searchOfFilter(v.filter),
  }));
  // A shortcut or saved view on screen is the current page, not the status view it narrows.
  const elsewhere = shortcuts.some((s) => isHere(s.search)) || saved.some((s) => isHere(s.search));

  return (
    <nav aria-label="Views" className="views-nav">
      <ul role="list" className="views-nav__list">
        {VIEWS.map((view) => (
          <li key={view}>
            <NavLink
              href={hrefFor({ ...search, view })}
              label={VIEW_LABELS[view]}
              count={counts.data?.[view]}
              active={view === search.view && !elsewhere}
            />
          </li>
        ))}
      </ul>
      <ul role="list" className="views-nav__list views-nav__group">
        {shortcuts.map((s) => (
          <li key={s.key}>
            <NavLink
              href={hrefFor(s.search)}
              label={s.label}
              count={views.data?.shortcuts[s.key]}
              active={isHere(s.search)}
            />
          </li>
        ))}
      </ul>
      {saved.length > 0 ? (
        <ul role="list" className="views-nav__list views-nav__group">
          {saved.map(({ view, search: target }) => (
            <SavedViewItem
              key={view.id}
              view={view}
              href={hrefFor(target)}
              active={isHere(target)}
            />
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
