import { ConfirmDialog } from '../../../ui';

export interface CollisionDialogProps {
  /** How many messages arrived since the draft began; 0 keeps the dialog closed. */
  count: number;
  onSendAnyway: () => void;
  onReview: () => void;
}

/** Asks before a send that may answer something the agent has not read (SPEC 7.5). */
export function CollisionDialog({ count, onSendAnyway, onReview }: CollisionDialogProps) {
  return (
    <ConfirmDialog
      open={count > 0}
      title="New message since you started"
      description={
        count === 1
          ? 'A message arrived while you were writing. Review it before sending?'
          : `${count} messages arrived while you were writing. Review them before sending?`
      }
      confirmLabel="Send anyway"
      cancelLabel="Review"
      tone="primary"
      onConfirm={onSendAnyway}
      onCancel={onReview}
    />
  );
}
