import { memo } from 'react';
import type { Message } from '../../../domain';
import { DaySeparator } from './day-separator';
import { EventRow } from './event-row';
import type { MentionAgent } from './mention-segments';
import { MessageRow } from './message-row';
import type { ThreadRow } from './thread-rows';

export interface ThreadRowViewProps {
  row: ThreadRow;
  agents: readonly MentionAgent[];
  authorOf: (message: Message) => string;
  meName: string;
}

/**
 * One row of the thread, whatever its kind. Memoized: the virtualizer renders the thread again
 * each time a row's measured height or the scroll position moves rows, and only their places change.
 */
export const ThreadRowView = memo(function ThreadRowView({
  row,
  agents,
  authorOf,
  meName,
}: ThreadRowViewProps) {
  switch (row.kind) {
    case 'day':
      return <DaySeparator label={row.label} />;
    case 'event':
      return <EventRow message={row.message} />;
    case 'message':
      return <MessageRow message={row.message} author={authorOf(row.message)} agents={agents} />;
    case 'pending':
      return (
        <MessageRow
          message={{ type: row.send.type, authorType: 'agent', body: row.send.body, createdAt: 0 }}
          author={meName}
          agents={agents}
          sending
        />
      );
  }
});
