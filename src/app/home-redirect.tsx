import { useQuery } from '@tanstack/react-query';
import { Redirect } from 'wouter';
import { DEFAULT_SEARCH, inboxHref } from '../features/inbox';
import { explainFailure, inboxQueries } from '../queries';
import { EmptyState, ErrorState, Spinner } from '../ui';

/** `/` opens the agent's first inbox on the default view. */
export function HomeRedirect() {
  const inboxes = useQuery(inboxQueries.list());
  if (inboxes.isPending) {
    return (
      <div className="app-centered">
        <Spinner label="Loading inboxes" />
      </div>
    );
  }
  if (inboxes.isError) {
    return (
      <div className="app-centered">
        <ErrorState
          message={explainFailure(inboxes.error)}
          onRetry={() => void inboxes.refetch()}
          retrying={inboxes.isFetching}
        />
      </div>
    );
  }
  const first = inboxes.data[0];
  if (!first) {
    return (
      <div className="app-centered">
        <EmptyState title="No inbox yet" description="Ask an admin to create one for your team." />
      </div>
    );
  }
  return <Redirect to={inboxHref(first.id, DEFAULT_SEARCH)} replace />;
}
