import { Link, useLocation } from 'wouter';
import { useMe } from '../queries';
import { cx } from '../ui';

interface Destination {
  href: string;
  label: string;
  /** Which addresses count as being there. */
  matches: (path: string) => boolean;
}

const INBOX: Destination = {
  href: '/',
  label: 'Inbox',
  matches: (p) => p === '/' || p.startsWith('/inbox'),
};
const REPORTS: Destination = {
  href: '/reports',
  label: 'Reports',
  matches: (p) => p === '/reports',
};
const SETTINGS: Destination = {
  href: '/settings',
  label: 'Settings',
  matches: (p) => p === '/settings',
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
