import { Redirect } from 'wouter';
import { InboxListPane, useInboxLocation, ViewsNav } from '../features/inbox';
import { AppSidebar } from './app-sidebar';
import { ConversationSlot } from './conversation-slot';

/** The signed-in screen: views on the left, the list in the middle, the conversation on the right. */
export function InboxLayout() {
  const { inboxId, conversationId } = useInboxLocation();
  if (inboxId === null) return <Redirect to="/" replace />;
  return (
    <div className="app-shell">
      <AppSidebar label="Inbox">
        <ViewsNav />
      </AppSidebar>
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
