import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { PAGES } from '../domain';
import { conversationQueries } from '../queries';
import { EmptyState, Spinner } from '../ui';

// The pane is not on the first screen of a plain inbox address, so it is not in the first
// download. It is fetched once the inbox is idle, so that the first conversation opened does not
// wait for it; once it is in, it renders directly. (`lazy` alone would suspend on its first render
// even then, and React shows a revealed boundary no sooner than its fallback throttle allows.)
type PaneModule = typeof import('../features/conversation');
let pane: Promise<PaneModule> | undefined;
let loaded: PaneModule['ConversationPane'] | undefined;
export const preloadPane = () =>
  (pane ??= import('../features/conversation').then((m) => {
    loaded = m.ConversationPane;
    return m;
  }));
const LazyPane = lazy(() => preloadPane().then((m) => ({ default: m.ConversationPane })));

/** The conversation whose address the page was opened at, if any, until its pane has mounted. */
let startConversation: number | null = (() => {
  if (typeof window === 'undefined') return null;
  const page = PAGES.conversation.match(window.location.pathname);
  return page === null ? null : Number(page.conversationId);
})();

/** Whether the page was opened at a conversation's address (its pane's code is wanted at once). */
export const startsAtConversation = () => startConversation !== null;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/** The right column: the open conversation, or a hint when none is open. */
export function ConversationSlot({ conversationId }: { conversationId: number | null }) {
  useEffect(() => whenIdle(() => void preloadPane()), []);
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
  return <OpenConversation conversationId={conversationId} />;
}

function OpenConversation({ conversationId }: { conversationId: number }) {
  // Asked for now, alongside the pane's code if that is still on its way, not after it.
  usePrefetchQuery(conversationQueries.detail(conversationId));
  usePrefetchQuery(conversationQueries.messages(conversationId));
  // Chosen once: switching from the lazy wrapper to the loaded pane would remount it.
  const [Pane] = useState(() => loaded ?? LazyPane);
  // The page opened here: nothing on screen waits for this pane, so its first answers render as
  // transitions, in slices, rather than each in one long task. Opened from the list, they render
  // as they come, so that the thread shows in the click's first frames.
  const [coldStart] = useState(() => startConversation === conversationId);
  useEffect(() => {
    startConversation = null;
  }, []);
  return (
    <Suspense
      fallback={
        <div className="app-centered">
          <Spinner label="Loading conversation" />
        </div>
      }
    >
      <Pane key={conversationId} conversationId={conversationId} revealDeferred={coldStart} />
    </Suspense>
  );
}
