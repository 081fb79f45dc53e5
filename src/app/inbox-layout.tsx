import { Redirect } from 'wouter';
import { InboxListPane, useInboxLocation, ViewsNav } from '../features/inbox';
import { CommandPalette } from '../ui';
import { AppSidebar } from './app-sidebar';
import { ConversationSlot } from './conversation-slot';
import { NarrowBar } from './narrow-bar';

/**
 * The signed-in screen: views on the left, the list in the middle, the conversation on the right.
 * On tablets the views move behind "Views"; on phones the list or the open conversation fills the
 * screen (data-open, see narrow.css).
 */
export function InboxLayout() {
  const { inboxId, conversationId, search, hrefFor } = useInboxLocation();
  if (inboxId === null) return <Redirect to="/" replace />;
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
          <InboxListPane />
        </section>
        <section className="app-pane" aria-label="Open conversation">
          <ConversationSlot conversationId={conversationId} />
        </section>
      </main>
    </div>
  );
}
