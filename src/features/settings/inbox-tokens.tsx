import { useQuery } from '@tanstack/react-query';
import { explainFailure, inboxQueries } from '../../queries';
import { EmptyState, ErrorState, Spinner } from '../../ui';
import { InboxTokenCard } from './inbox-token-card';
import { SettingsSection } from './settings-section';

/** Each inbox's token for `POST /api/inbound`, with a request to try it. */
export function InboxTokens() {
  const inboxes = useQuery(inboxQueries.list());
  return (
    <SettingsSection
      title="Inbox tokens"
      description={
        <>
          Bring a contact&apos;s email or chat message into an inbox with{' '}
          <code>POST /api/inbound</code>, authenticated by the inbox&apos;s token. Keep tokens
          secret: anyone with one can write into the inbox.
        </>
      }
    >
      {inboxes.isPending ? (
        <Spinner label="Loading inboxes" />
      ) : inboxes.isError ? (
        <ErrorState
          title="Inboxes could not load"
          message={explainFailure(inboxes.error)}
          onRetry={() => void inboxes.refetch()}
          retrying={inboxes.isFetching}
        />
      ) : inboxes.data.length === 0 ? (
        <EmptyState title="No inbox yet" />
      ) : (
        <ul role="list" className="settings-list" aria-label="Inboxes">
          {inboxes.data.map((inbox) => (
            <InboxTokenCard key={inbox.id} inbox={inbox} />
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
