import { Suspense, type ReactNode } from 'react';
import { CommandPalette, Spinner } from '../ui';
import { AppSidebar } from './app-sidebar';
import { NarrowBar } from './narrow-bar';

/** A signed-in screen other than the inbox: the sidebar, and the screen loading on demand. */
export function PageLayout({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-shell">
      <AppSidebar label="Sidebar" />
      <NarrowBar menuLabel="Menu" />
      <CommandPalette />
      <main className="app-page">
        <Suspense
          fallback={
            <div className="app-centered">
              <Spinner label={`Loading ${label}`} />
            </div>
          }
        >
          {children}
        </Suspense>
      </main>
    </div>
  );
}
