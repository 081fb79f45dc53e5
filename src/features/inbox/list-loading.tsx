import { LoadingState } from '../../ui';

/** The list before its first page: loading, or waiting for the connection. */
export function ListLoading({ offline }: { offline: boolean }) {
  return (
    <div className="list-state">
      <LoadingState label="Loading conversations" offline={offline} />
    </div>
  );
}
