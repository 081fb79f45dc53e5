import { Link, useLocation } from 'wouter';
import { PAGES, type PageName } from '../domain';
import { useMe } from '../queries';
import { cx } from '../ui';

interface Destination {
  href: string;
  label: string;
  /** Which addresses count as being there. */
  matches: (path: string) => boolean;
}

/** Being on any of these pages. */
const on =
  (...pages: PageName[]) =>
  (path: string) =>
    pages.some((name) => PAGES[name].match(path) !== null);

const INBOX: Destination = {
  href: PAGES.home.path({}),
  label: 'Inbox',
  matches: on('home', 'inbox', 'conversation'),
};
const REPORTS: Destination = {
  href: PAGES.reports.path({}),
  label: 'Reports',
  matches: on('reports'),
};
const SETTINGS: Destination = {
  href: PAGES.settings.path({}),
  label: 'Settings',
  matches: on('settings'),
};

/** The app's screens. Settings is offered to admins only: nobody else may change them. */
export function AppNav() {
  const [path] = useLocation();
  const me = useMe();
  const destinations = me.data?.role === 'admin' ? [INBOX, REPORTS, SETTINGS] : [INBOX, REPORTS];
  return (
    <nav aria-label="Workspace" className="app-nav">
      <ul role="list" className="app-nav__list">
        {destinations.map((d) => {
          const here = d.matches(path);
          return (
            <li key={d.href}>
              <Link
                href={d.href}
                aria-current={here ? 'page' : undefined}
                className={cx('app-nav__link', here && 'app-nav__link--active')}
              >
                {d.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
