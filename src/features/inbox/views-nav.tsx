import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { VIEW_LABELS, VIEWS } from '../../domain';
import { conversationQueries } from '../../queries';
import { Count, cx } from '../../ui';
import { useInboxLocation } from './use-inbox-location';

/**
 * The status views with their live counts. Each link is named "<View> <count>" (e.g. "Open 34");
 * the counts follow optimistic changes and the change feed through the shared counts query.
 */
export function ViewsNav() {
  const { search, hrefFor } = useInboxLocation();
  const counts = useQuery(conversationQueries.counts());

  return (
    <nav aria-label="Views" className="views-nav">
      <ul role="list" className="views-nav__list">
        {VIEWS.map((view) => {
          const active = view === search.view;
          return (
            <li key={view}>
              <Link
                href={hrefFor({ ...search, view })}
                aria-current={active ? 'page' : undefined}
                className={cx('views-nav__link', active && 'views-nav__link--active')}
              >
                <span className="views-nav__label">{VIEW_LABELS[view]}</span>{' '}
                {counts.data ? <Count value={counts.data[view]} active={active} /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
