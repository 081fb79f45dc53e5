import { lazy, Suspense } from 'react';
import { EmptyState, Spinner } from '../ui';

// The pane is not on the first screen of a plain inbox address: load it when a conversation opens.
const ConversationPane = lazy(() =>
  import('../features/conversation').then((m) => ({ default: m.ConversationPane })),
);

/** The right column: the open conversation, or a hint when none is open. */
export function ConversationSlot({ conversationId }: { conversationId: number | null }) {
  if (conversationId === null) {
    return (
      <div className="app-centered">
        <EmptyState
          title="No conversation open"
          description="Pick one from the list, or press j and Enter."
        />
      </div>
    );
  }
  return (
    <Suspense
      fallback={
        <div className="app-centered">
          <Spinner label="Loading conversation" />
        </div>
      }
    >
      <ConversationPane key={conversationId} conversationId={conversationId} />
    </Suspense>
  );
}
