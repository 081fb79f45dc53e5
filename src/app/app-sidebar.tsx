import type { ReactNode } from 'react';
import { AvailabilitySwitch, CurrentAgent, SignOutButton } from '../features/session';
import { NotificationsButton } from '../features/notifications';
import { AppNav } from './app-nav';

/** The left column of every signed-in screen: brand, the app's screens, the screen's own navigation. */
export function AppSidebar({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <aside className="app-sidebar" aria-label={label}>
      <div className="app-brand">
        <span className="app-brand__logo" aria-hidden="true">
          P
        </span>
        <span className="app-brand__name">Parley</span>
      </div>
      <AppNav />
      <NotificationsButton />
      {children}
      <SidebarFooter />
    </aside>
  );
}

/** Availability, who is signed in, and sign out: the foot of the sidebar (and of the Views drawer). */
export function SidebarFooter() {
  return (
    <div className="app-sidebar__footer">
      <AvailabilitySwitch />
      <CurrentAgent />
      <SignOutButton />
    </div>
  );
}
