import { explainFailure } from '../../queries';
import { ErrorState } from '../../ui';

export interface ListErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

export function ListError({ error, retrying, onRetry }: ListErrorProps) {
  return (
    <div className="list-state">
      <ErrorState
        title="The conversations could not be loaded"
        message={explainFailure(error)}
        onRetry={onRetry}
        retrying={retrying}
      />
    </div>
  );
}
