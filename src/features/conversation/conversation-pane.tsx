import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PAGES } from '../../domain';
import {
  isNotFound,
  orgQueries,
  explainFailure,
  useConversationDetail,
  useKnownTags,
  useMe,
} from '../../queries';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  toast,
  useActionKeys,
  useRegisterActions,
} from '../../ui';
import { fromRoot } from './page-href';
import { usePaneDialogStore } from './pane-dialog-store';
import { paneActions } from './pane-actions';
import { Composer } from './composer/composer';
import { ContactPanel } from './contact/contact-panel';
import { ConversationHeader } from './header/conversation-header';
import { PresenceStatus } from './presence/presence-status';
import { usePresenceReporter } from './presence/use-presence-reporter';
import { MessageThread } from './thread/message-thread';
import { useDeferredReveal } from './use-deferred-reveal';
import { usePaneAction } from './use-pane-action';
import './conversation-pane.css';

export interface ConversationPaneProps {
  conversationId: number;
  /** After an admin deleted it. Defaults to the inbox list, keeping view and sort. */
  onDeleted?: () => void;
  /**
   * Render the conversation and its thread, when their answers come, as deferred values: React
   * renders what they reveal as a transition, in slices of a few milliseconds, instead of in one
   * blocking task inside the query's notification, a frame or so later. For a page opened at the
   * conversation's address, where nothing waits on it; not for one opened from the list.
   */
  revealDeferred?: boolean;
}

/** "Today" and relative days move on; a minute is fine-grained enough for a thread. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * One conversation by id (so a deep link works for any conversation of the org, in any view):
 * its header and actions, the thread, and the composer.
 */
export function ConversationPane({
  conversationId,
  onDeleted,
  revealDeferred = false,
}: ConversationPaneProps) {
  const detail = useDeferredReveal(revealDeferred, useConversationDetail(conversationId));
  const me = useMe().data ?? undefined;
  const directory = useQuery(orgQueries.directory()).data;
  const run = usePaneAction(conversationId);
  const now = useMinuteClock();
  const headingId = useId();
  const [, navigate] = useLocation();
  const search = useSearch();
  const knownTags = useKnownTags();
  const openDialog = usePaneDialogStore((s) => s.show);
  useRegisterActions(
    'conversation',
    detail.data && detail.data.status !== 'merged'
      ? paneActions({
          conversation: detail.data,
          directory,
          meId: me?.id,
          isAdmin: me?.role === 'admin',
          knownTags,
          run,
          openDialog,
        })
      : [],
  );
  useActionKeys();
  usePresenceReporter(conversationId, detail.isSuccess);
  // A conversation merged into another leads there: old links and open tabs follow it.
  const mergedInto = detail.data?.mergedInto ?? null;
  const inboxId = detail.data?.inboxId;
  useEffect(() => {
    if (mergedInto === null || inboxId === undefined) return;
    navigate(fromRoot(PAGES.conversation.path({ inboxId, conversationId: mergedInto }), search), {
      replace: true,
    });
  }, [mergedInto, inboxId, navigate, search]);

  if (detail.isPending) {
    return (
      <section className="conversation-pane conversation-pane--state" aria-label="Conversation">
        <LoadingState label="Loading conversation" offline={detail.isPaused} />
      </section>
    );
  }
  // A 404 is final even over data on screen: someone deleted it meanwhile.
  if (isNotFound(detail.error) || (detail.isError && !detail.data)) {
    return (
      <section className="conversation-pane conversation-pane--state" aria-label="Conversation">
        {isNotFound(detail.error) ? (
          <EmptyState
            title="Conversation not found"
            description="It may have been deleted, or the link points to another organization."
          />
        ) : (
          <ErrorState
            title="The conversation could not be loaded"
            message={explainFailure(detail.error)}
            onRetry={() => void detail.refetch()}
            retrying={detail.isFetching}
          />
        )}
      </section>
    );
  }

  const conversation = detail.data;
  if (!conversation) return null;
  const afterDelete = () => {
    toast.show({ message: 'Conversation deleted', tone: 'success' });
    if (onDeleted) onDeleted();
    else navigate(fromRoot(PAGES.inbox.path({ inboxId: conversation.inboxId }), search));
  };

  return (
    <section className="conversation-pane" aria-labelledby={headingId}>
      <ConversationHeader
        conversation={conversation}
        headingId={headingId}
        directory={directory}
        me={me}
        run={run}
        now={now}
        onDeleted={afterDelete}
      />
      <PresenceStatus
        conversationId={conversationId}
        meId={me?.id}
        viewers={conversation.viewers}
        seenAt={detail.dataUpdatedAt}
      />
      <div className="conversation-pane__body">
        <div className="conversation-pane__thread">
          <MessageThread
            key={conversationId}
            conversationId={conversationId}
            contact={conversation.contact}
            directory={directory}
            me={me}
            now={now}
            revealDeferred={revealDeferred}
          />
        </div>
        <ContactPanel contactId={conversation.contactId} conversationId={conversationId} />
        <div className="conversation-pane__composer">
          <Composer
            key={`composer-${conversationId}`}
            conversationId={conversationId}
            directory={directory}
            meId={me?.id}
            replyContext={{ contact: conversation.contact, agent: me ?? null }}
            onSendAndClose={
              conversation.status === 'closed' || conversation.status === 'spam'
                ? undefined
                : () =>
                    void run(
                      { kind: 'status', status: 'closed' },
                      { undoable: 'Conversation closed' },
                    )
            }
          />
        </div>
      </div>
    </section>
  );
}
