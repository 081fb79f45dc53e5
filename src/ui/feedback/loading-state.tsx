// A part of the page still loading, or, offline, the reason it waits: a query that never loaded
// pauses while offline, and a spinner that cannot end would say nothing true.
import { Spinner } from '../spinner/spinner';
import { EmptyState } from './empty-state';

export const OFFLINE_VIEW_MESSAGE = 'You’re offline — this view will load when you’re back';

export interface LoadingStateProps {
  /** The spinner's name for assistive technology, e.g. "Loading conversations". */
  label: string;
  /** Waiting for the connection (the query is paused) rather than for the server. */
  offline: boolean;
}

export function LoadingState({ label, offline }: LoadingStateProps) {
  if (!offline) return <Spinner label={label} />;
  return (
    <div role="status">
      <EmptyState title={OFFLINE_VIEW_MESSAGE} icon={null} />
    </div>
  );
}
