import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { explainFailure } from '../../queries';
import { ErrorState, Spinner } from '../../ui';

interface QueryContentProps<T> {
  query: UseQueryResult<T>;
  /** What the spinner says while it loads ("Loading webhooks"). */
  loading: string;
  /** The error's title ("Webhooks could not load"); the reason and Retry come with it. */
  failed: string;
  children: (data: T) => ReactNode;
}

/** A settings section's data: a spinner while it loads, the reason and Retry if it failed. */
export function QueryContent<T>({ query, loading, failed, children }: QueryContentProps<T>) {
  if (query.isPending) return <Spinner label={loading} />;
  if (query.isError) {
    return (
      <ErrorState
        title={failed}
        message={explainFailure(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return children(query.data);
}
