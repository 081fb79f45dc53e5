import { Spinner } from '../../ui';

export function ListLoading() {
  return (
    <div className="list-state">
      <Spinner label="Loading conversations" />
    </div>
  );
}
