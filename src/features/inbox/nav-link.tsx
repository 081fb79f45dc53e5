import { memo } from 'react';
import { Link } from 'wouter';
import { Count, cx } from '../../ui';

export interface NavLinkProps {
  href: string;
  label: string;
  count: number | undefined;
  active: boolean;
}

/**
 * A link named "<label> <count>" (e.g. "Open 34"), current when its list is on screen. Memoized:
 * a change to a few conversations moves a few counts, and only those links render again.
 */
export const NavLink = memo(function NavLink({ href, label, count, active }: NavLinkProps) {
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cx('views-nav__link', active && 'views-nav__link--active')}
    >
      <span className="views-nav__label">{label}</span>{' '}
      {count !== undefined ? <Count value={count} active={active} /> : null}
    </Link>
  );
});
