import { useState } from 'react';
import { Redirect } from 'wouter';
import { PAGES } from '../domain';
import { InboxListPane, useInboxLocation, ViewsNav } from '../features/inbox';
import { CommandPalette } from '../ui';
import { AppSidebar } from './app-sidebar';
import { ConversationSlot } from './conversation-slot';
import { NarrowBar } from './narrow-bar';
import { usePhoneLayout } from './use-phone-layout';

/**
 * The signed-in screen: views on the left, the list in the middle, the conversation on the right.
 * On tablets the views move behind "Views"; on phones the list or the open conversation fills the
 * screen (data-open, see narrow.css).
 *
 * A phone that starts at a conversation's address does not show the list, so it does not render
 * it (nor ask for its rows) until the agent goes back to it; once shown, the list stays mounted
 * behind an opened conversation, as on wider screens, to keep its place.
 */
export function InboxLayout() {
  const { inboxId, conversationId, search, hrefFor } = useInboxLocation();
  const phone = usePhoneLayout();
  const listShown = !phone || conversationId === null;
  const [listMounted, setListMounted] = useState(listShown);
  if (listShown && !listMounted) setListMounted(true);
  if (inboxId === null) return <Redirect to={PAGES.home.path({})} replace />;
  return (
    <div className="app-shell" data-open={conversationId === null ? 'list' : 'conversation'}>
      <AppSidebar label="Inbox">
        <ViewsNav />
      </AppSidebar>
      <NarrowBar menuLabel="Views" listHref={conversationId === null ? undefined : hrefFor(search)}>
        <ViewsNav />
      </NarrowBar>
      <CommandPalette />
      <main className="app-main">
        <section className="app-list" aria-label="Conversation list">
          {listMounted ? <InboxListPane /> : null}
        </section>
        <section className="app-pane" aria-label="Open conversation">
          <ConversationSlot conversationId={conversationId} />
        </section>
      </main>
    </div>
  );
}
