import { Button, Spinner } from '../../../ui';

export interface OlderMessagesProps {
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** What the top of a partly loaded thread says: an older page on its way, or why it is not. */
export function OlderMessages({ loading, error, onRetry }: OlderMessagesProps) {
  if (error) {
    return (
      <div role="alert" className="thread-older thread-older--error">
        <span>Earlier messages could not be loaded.</span>
        <Button size="sm" onClick={onRetry}>
          Retry
        </Button>
      </div>
    );
  }
  if (!loading) return null;
  return (
    <div className="thread-older">
      <Spinner size="sm" label="Loading earlier messages" />
      <span aria-hidden="true">Loading earlier messages…</span>
    </div>
  );
}
