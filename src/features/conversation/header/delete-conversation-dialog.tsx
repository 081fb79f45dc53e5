import { useId, useState } from 'react';
import { explainFailure, useDeleteConversation } from '../../../queries';
import { Button, Checkbox, Dialog } from '../../../ui';

export interface DeleteConversationDialogProps {
  open: boolean;
  conversationId: number;
  contactName: string;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Deleting is for admins and cannot be undone. Metrics stay in reports unless the box is
 * cleared, which needs a permission the server checks (its 403 message is shown here).
 * Built like ConfirmDialog (the safe choice has focus), with room for the choice and the error.
 */
export function DeleteConversationDialog({
  open,
  conversationId,
  contactName,
  onClose,
  onDeleted,
}: DeleteConversationDialogProps) {
  const [retainMetrics, setRetainMetrics] = useState(true);
  const remove = useDeleteConversation();
  const errorId = useId();

  const close = () => {
    remove.reset();
    setRetainMetrics(true);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      size="sm"
      title="Delete this conversation?"
      description={`The conversation with ${contactName}, its messages and its linked tickets will be removed from the inbox. This cannot be undone.`}
      footer={
        <>
          <Button data-autofocus onClick={close}>
            Cancel
          </Button>
          <Button
            variant="danger"
            loading={remove.isPending}
            aria-describedby={remove.error ? errorId : undefined}
            // The deletion empties the caches this dialog renders from, so what follows hangs on
            // the mutation's promise, not on this component; a refusal shows in the dialog.
            onClick={() =>
              void remove.mutateAsync({ id: conversationId, retainMetrics }).then(
                () => onDeleted(),
                () => undefined,
              )
            }
          >
            Delete conversation
          </Button>
        </>
      }
    >
      <Checkbox
        label="Keep this conversation in reports"
        checked={retainMetrics}
        onChange={(event) => {
          setRetainMetrics(event.target.checked);
          remove.reset();
        }}
      />
      <p className="field-form__hint">
        {retainMetrics
          ? 'Its figures stay in reports, marked as deleted.'
          : 'Its figures are removed from reports too. This needs the permission to delete conversations and metrics.'}
      </p>
      {remove.error ? (
        <p id={errorId} role="alert" className="field-form__error">
          {explainFailure(remove.error)}
        </p>
      ) : null}
    </Dialog>
  );
}
