import { ID_MAX } from '../../../api';
import { Dialog, SingleFieldForm } from '../../../ui';

export interface LinkConversationDialogProps {
  open: boolean;
  onClose: () => void;
  currentId: number;
  /** Resolves null once linked (the dialog closes), else why it could not. */
  onLink: (id: number) => Promise<string | null>;
}

function parseConversationId(value: string, currentId: number): number | string {
  const text = value.trim().replace(/^#/, '');
  if (!/^\d+$/.test(text)) return 'Enter the number of a conversation, like 42.';
  const id = Number(text);
  if (id < 1 || id > ID_MAX) return 'There is no conversation with that number.';
  if (id === currentId) return 'A conversation cannot be linked to itself.';
  return id;
}

/** "Link conversation": another conversation of the org, by its number. */
export function LinkConversationDialog({
  open,
  onClose,
  currentId,
  onLink,
}: LinkConversationDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Link conversation" size="sm">
      <SingleFieldForm
        label="Conversation id"
        submitLabel="Link"
        inputMode="numeric"
        onCancel={onClose}
        validate={(value) => {
          const parsed = parseConversationId(value, currentId);
          return typeof parsed === 'string' ? parsed : null;
        }}
        onSubmit={async (value) => {
          const parsed = parseConversationId(value, currentId);
          if (typeof parsed === 'string') return parsed;
          const refusal = await onLink(parsed);
          if (refusal === null) onClose();
          return refusal;
        }}
      />
    </Dialog>
  );
}
