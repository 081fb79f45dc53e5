import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { useLocation, useSearch } from 'wouter';
import { NotificationsButton } from '../features/notifications';
import { Button, ChevronDownIcon, Dialog } from '../ui';
import { AppNav } from './app-nav';
import { SidebarFooter } from './app-sidebar';
import './narrow.css';

// Where the app was before the address it is at now, so that "Back to list" can go back in the
// browser's history (as its Back button does) when the list is the page before.
let current: string | null = null;
let previous: string | null = null;

function useLocationTrail(): void {
  const [path] = useLocation();
  const search = useSearch();
  const here = search ? `${path}?${search}` : path;
  useEffect(() => {
    if (here === current) return;
    previous = current;
    current = here;
  }, [here]);
}

/**
 * On a phone an on-screen keyboard covers the bottom of the page without shrinking it (iOS); the
 * screen is made as tall as what is visible so the composer stays above the keyboard.
 */
function useVisibleHeight() {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const root = document.documentElement;
    // Only at the page's own scale: a pinch zoom shrinks what is visible too, but must not shrink
    // the page.
    const update = () => {
      if (Math.abs(viewport.scale - 1) > 0.01) return;
      root.style.setProperty('--visible-height', `${viewport.height}px`);
    };
    // Not read as the screen mounts: reading the visual viewport's size forces a layout inside
    // React's commit, and until a keyboard opens the height is the stylesheet's fallback (100dvh).
    viewport.addEventListener('resize', update);
    return () => {
      viewport.removeEventListener('resize', update);
      root.style.removeProperty('--visible-height');
    };
  }, []);
}

export interface NarrowBarProps {
  /** The button that opens the drawer, and the drawer's title: "Views" on the inbox. */
  menuLabel: string;
  /** The list's address while a conversation is open full screen; absent otherwise. */
  listHref?: string | undefined;
  /** The screen's own navigation, in the drawer between the app's screens and the agent. */
  children?: ReactNode;
}

/**
 * The top of a signed-in screen on phones and tablets (the sidebar is hidden there, see
 * narrow.css): the brand and a button that opens the sidebar's contents as a drawer, and on a
 * phone with a conversation open full screen, "Back to list".
 */
export function NarrowBar({ menuLabel, listHref, children }: NarrowBarProps) {
  const [open, setOpen] = useState(false);
  const [path, navigate] = useLocation();
  useLocationTrail();
  useVisibleHeight();

  const back = () => {
    if (!listHref) return;
    // The browser's own history when it is really the one in the address bar (not the in-memory
    // location of tests and stories) and the list is the page before: Back and Forward stay true.
    const inAddressBar = window.location.pathname === path;
    if (inAddressBar && previous === listHref) window.history.back();
    else navigate(listHref);
  };
  // A tap on a view (or another screen) goes there and closes the drawer.
  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) setOpen(false);
  };

  return (
    <header className="narrow-bar" data-conversation={listHref ? 'open' : undefined}>
      {listHref ? (
        <Button
          variant="ghost"
          className="narrow-bar__back"
          leadingIcon={<ChevronDownIcon size={16} />}
          onClick={back}
        >
          Back to list
        </Button>
      ) : null}
      <div className="narrow-bar__brand app-brand">
        <span className="app-brand__logo" aria-hidden="true">
          P
        </span>
        <span className="app-brand__name">Parley</span>
      </div>
      <Button
        variant="secondary"
        className="narrow-bar__menu"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {menuLabel}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={menuLabel}
        size="sm"
        className="narrow-drawer"
      >
        {/* The links close the drawer on their way; the click is only heard here. */}
        {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
        <div className="narrow-drawer__content" onClick={closeOnLink}>
          <AppNav />
          <NotificationsButton />
          {children}
          <SidebarFooter />
        </div>
      </Dialog>
    </header>
  );
}
