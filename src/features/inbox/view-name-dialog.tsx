import { useState } from 'react';
import { SAVED_VIEW_NAME_MAX } from '../../domain';
import { Checkbox, Dialog, SingleFieldForm } from '../../ui';

export interface ViewNameDialogProps {
  title: 'Save view' | 'Rename view';
  initialName?: string;
  /** Admins may share the view with the whole org. */
  canShare?: boolean;
  onClose: () => void;
  /** Resolves null once saved (the dialog closes), else the reason to show under the name. */
  onSubmit: (name: string, shared: boolean) => Promise<string | null>;
}

/** "Save view" and "Rename view": a name (and, for admins saving, whether it is shared). */
export function ViewNameDialog({
  title,
  initialName = '',
  canShare = false,
  onClose,
  onSubmit,
}: ViewNameDialogProps) {
  const [shared, setShared] = useState(false);
  return (
    <Dialog open onClose={onClose} title={title} size="sm">
      <SingleFieldForm
        label="Name"
        initialValue={initialName}
        maxLength={SAVED_VIEW_NAME_MAX}
        submitLabel={title === 'Save view' ? 'Save view' : 'Rename'}
        validate={(name) => (name.trim() === '' ? 'Give the view a name.' : null)}
        onSubmit={async (name) => {
          const refusal = await onSubmit(name.trim(), shared);
          if (refusal === null) onClose();
          return refusal;
        }}
        onCancel={onClose}
      >
        {canShare ? (
          <Checkbox
            label="Share with the whole team"
            checked={shared}
            onChange={(event) => setShared(event.target.checked)}
          />
        ) : null}
      </SingleFieldForm>
    </Dialog>
  );
}
