import { VIEW_LABELS, type View } from '../../domain';
import { Button, EmptyState } from '../../ui';

export interface ListEmptyProps {
  view: View;
  filtered: boolean;
  onClearFilters: () => void;
}

export function ListEmpty({ view, filtered, onClearFilters }: ListEmptyProps) {
  const title =
    view === 'all' ? 'No conversations' : `No ${VIEW_LABELS[view].toLowerCase()} conversations`;
  const description = filtered
    ? 'None match these filters.'
    : view === 'open'
      ? 'Every conversation has been handled.'
      : undefined;
  return (
    <div className="list-state">
      <EmptyState
        title={title}
        description={description}
        action={
          filtered ? (
            <Button size="sm" onClick={onClearFilters}>
              Clear filters
            </Button>
          ) : undefined
        }
      />
    </div>
  );
}
