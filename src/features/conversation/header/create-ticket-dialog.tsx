import { Dialog, SingleFieldForm } from '../../../ui';

export interface CreateTicketDialogProps {
  open: boolean;
  onClose: () => void;
  /** Resolves null once the ticket exists (the dialog closes), else why it could not. */
  onCreate: (title: string) => Promise<string | null>;
}

/** "Create ticket": a ticket with a title, linked to this conversation (and deleted with it). */
export function CreateTicketDialog({ open, onClose, onCreate }: CreateTicketDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Create ticket" size="sm">
      <SingleFieldForm
        label="Title"
        submitLabel="Create ticket"
        maxLength={200}
        onCancel={onClose}
        validate={(value) => (value.trim() === '' ? 'Give the ticket a title.' : null)}
        onSubmit={async (value) => {
          const refusal = await onCreate(value.trim());
          if (refusal === null) onClose();
          return refusal;
        }}
      />
    </Dialog>
  );
}
