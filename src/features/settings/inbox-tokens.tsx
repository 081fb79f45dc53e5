import { useQuery } from '@tanstack/react-query';
import { inboxQueries } from '../../queries';
import { EmptyState } from '../../ui';
import { InboxTokenCard } from './inbox-token-card';
import { QueryContent } from './query-content';
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
      <QueryContent query={inboxes} loading="Loading inboxes" failed="Inboxes could not load">
        {(data) =>
          data.length === 0 ? (
            <EmptyState title="No inbox yet" />
          ) : (
            <ul role="list" className="settings-list" aria-label="Inboxes">
              {data.map((inbox) => (
                <InboxTokenCard key={inbox.id} inbox={inbox} />
              ))}
            </ul>
          )
        }
      </QueryContent>
    </SettingsSection>
  );
}
