// The inbox as the app lays it out, for the inbox's stories: the views beside the list.
// Through the feature's public face, which brings its styles.
import { InboxListPane, ViewsNav } from '.';

/** The inbox as the app lays it out, without the conversation pane: views, then the list. */
export function InboxScreen() {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: '200px minmax(340px, 440px)',
        height: '100vh',
      }}
    >
      <aside aria-label="Inbox" style={{ padding: 8, borderRight: '1px solid var(--border)' }}>
        <ViewsNav />
      </aside>
      <main style={{ minHeight: 0, borderRight: '1px solid var(--border)' }}>
        <InboxListPane />
      </main>
    </div>
  );
}
