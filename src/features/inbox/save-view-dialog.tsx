import { explainFailure, useCreateView, useMe } from '../../queries';
import { filterOfSearch, type InboxSearch } from './inbox-url';
import { ViewNameDialog } from './view-name-dialog';

export interface SaveViewDialogProps {
  search: InboxSearch;
  onClose: () => void;
}

/** "Save view": the list on screen (its view, filters, search and order) under a name. */
export function SaveViewDialog({ search, onClose }: SaveViewDialogProps) {
  const me = useMe();
  const create = useCreateView();
  return (
    <ViewNameDialog
      title="Save view"
      canShare={me.data?.role === 'admin'}
      onClose={onClose}
      onSubmit={async (name, shared) => {
        try {
          await create.mutateAsync({ name, filter: filterOfSearch(search), shared });
          return null;
        } catch (error) {
          return explainFailure(error);
        }
      }}
    />
  );
}
