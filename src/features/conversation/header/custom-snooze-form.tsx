import { useState } from 'react';
import { tomorrowMorning } from '../../../domain';
import { SingleFieldForm } from '../../../ui';
import { fromDateTimeLocal, toDateTimeLocal } from './snooze-times';

export interface CustomSnoozeFormProps {
  onClose: () => void;
  onSnooze: (until: number) => void;
}

/** Why a picked date and time cannot be a snooze, or null when it can. */
function refusal(value: string): string | null {
  const until = fromDateTimeLocal(value);
  if (until === null) return 'Choose a date and a time.';
  if (until <= Date.now()) return 'Choose a time in the future.';
  return null;
}

/** A date and time, tomorrow morning to start with; a time in the past is refused visibly. */
export function CustomSnoozeForm({ onClose, onSnooze }: CustomSnoozeFormProps) {
  // Read once, when the dialog opens: the default (tomorrow morning) and the earliest the picker
  // offers; the check on submit is what really refuses the past.
  const [times] = useState(() => {
    const now = Date.now();
    return { start: toDateTimeLocal(tomorrowMorning(now)), min: toDateTimeLocal(now) };
  });
  return (
    <SingleFieldForm
      label="Snooze until"
      hideLabel
      type="datetime-local"
      initialValue={times.start}
      min={times.min}
      submitLabel="Snooze"
      validate={refusal}
      onSubmit={(value) => {
        const until = fromDateTimeLocal(value);
        if (until !== null) onSnooze(until);
        return Promise.resolve(null);
      }}
      onCancel={onClose}
    />
  );
}
