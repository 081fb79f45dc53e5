import { Dialog } from '../../../ui';
import { CustomSnoozeForm } from './custom-snooze-form';

export interface CustomSnoozeDialogProps {
  open: boolean;
  onClose: () => void;
  onSnooze: (until: number) => void;
}

/** A date and time to snooze until; a time in the past is refused where the agent can see why. */
export function CustomSnoozeDialog({ open, onClose, onSnooze }: CustomSnoozeDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Snooze until" size="sm">
      {/* Mounted fresh on each open, so the default time is always ahead of now. */}
      <CustomSnoozeForm onClose={onClose} onSnooze={onSnooze} />
    </Dialog>
  );
}
