import { useCallback, useMemo, useState } from 'react';
import type { ContactRef, Directory } from '../../../api';
import type { Message } from '../../../domain';
import {
  explainFailure,
  isSyncCommand,
  usePendingMessages,
  useThreadMessages,
} from '../../../queries';
import { ErrorState, Spinner } from '../../../ui';
import { useDeferredReveal } from '../use-deferred-reveal';
import { authorName } from './author-name';
import { buildThreadRows, withPending, type PendingSend } from './thread-rows';
import { OlderMessages } from './older-messages';
import { ThreadRowView } from './thread-row-view';
import { VirtualThread } from './virtual-thread';
import './thread.css';

export interface MessageThreadProps {
  conversationId: number;
  contact: ContactRef;
  directory: Directory | undefined;
  me: { id: number; name: string } | undefined;
  now: number;
  /** Its pages render as deferred values (ConversationPane's `revealDeferred`). */
  revealDeferred?: boolean;
}

const NO_AGENTS: readonly { id: number; name: string }[] = [];

/** The thread, newest at the bottom, with the sends on their way; older pages load as the agent
 * scrolls up. */
export function MessageThread({
  conversationId,
  contact,
  directory,
  me,
  now,
  revealDeferred = false,
}: MessageThreadProps) {
  const thread = useDeferredReveal(revealDeferred, useThreadMessages(conversationId));
  const pendingSends = usePendingMessages(conversationId);
  const agents = directory?.agents ?? NO_AGENTS;

  const { messages, hasOlder } = thread;
  const messageRows = useMemo(
    () => buildThreadRows(messages, now, !hasOlder),
    [messages, now, hasOlder],
  );
  const pending: PendingSend[] = pendingSends
    // A command is not a message: nothing of it belongs in the thread.
    .filter((p) => !isSyncCommand(p.type, p.body))
    .map((p) => ({ key: p.idempotencyKey, type: p.type, body: p.body }));
  const rows = withPending(messageRows, pending, now);
  // Stable, so that the rows (memoized) render again only when they change.
  const authorOf = useCallback(
    (message: Message) => authorName(message, contact, directory),
    [contact, directory],
  );

  // The log itself is silent (rows come and go with scrolling), so say when someone else writes:
  // anything newer than what was there when the thread opened, not by me, not an event line.
  const newest = thread.messages.at(-1);
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  if (openedAt === null && newest) setOpenedAt(newest.id);
  const announcement =
    newest &&
    openedAt !== null &&
    newest.id > openedAt &&
    newest.type !== 'event' &&
    !(newest.authorType === 'agent' && newest.authorId === me?.id)
      ? `New ${newest.type === 'note' ? 'note' : 'message'} from ${authorName(newest, contact, directory)}`
      : '';

  if (thread.error && thread.messages.length === 0) {
    return (
      <div className="thread thread--state">
        <ErrorState
          title="The messages could not be loaded"
          message={explainFailure(thread.error)}
          onRetry={thread.refetch}
        />
      </div>
    );
  }
  // One page, the newest, is all the thread waits for; older ones come as the agent scrolls up.
  if (thread.isPending) {
    return (
      <div className="thread thread--state">
        <Spinner label="Loading messages" />
      </div>
    );
  }

  return (
    <>
      <VirtualThread
        rows={rows}
        hasOlder={thread.hasOlder}
        onNearStart={thread.loadOlder}
        start={
          <OlderMessages
            loading={thread.loadingOlder}
            error={thread.olderError}
            onRetry={thread.retryOlder}
          />
        }
        renderRow={(row) => (
          <ThreadRowView row={row} agents={agents} authorOf={authorOf} meName={me?.name ?? 'You'} />
        )}
      />
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
