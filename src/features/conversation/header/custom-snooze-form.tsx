import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../ui';
import { tomorrowMorning } from '../../../domain';
import { fromDateTimeLocal, toDateTimeLocal } from './snooze-times';

export interface CustomSnoozeFormProps {
  onClose: () => void;
  onSnooze: (until: number) => void;
}

/** A date and time, tomorrow morning to start with; a time in the past is refused visibly. */
export function CustomSnoozeForm({ onClose, onSnooze }: CustomSnoozeFormProps) {
  const [value, setValue] = useState(() => toDateTimeLocal(tomorrowMorning(Date.now())));
  const [error, setError] = useState<string | null>(null);
  // The earliest the picker offers; the check on submit is what really refuses the past.
  const [min] = useState(() => toDateTimeLocal(Date.now()));
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const until = fromDateTimeLocal(value);
    if (until === null) {
      setError('Choose a date and a time.');
      return;
    }
    if (until <= Date.now()) {
      setError('Choose a time in the future.');
      return;
    }
    onSnooze(until);
  };

  return (
    <form className="conversation-form" onSubmit={submit} noValidate>
      <input
        type="datetime-local"
        aria-label="Snooze until"
        className="conversation-input"
        value={value}
        min={min}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        data-autofocus
      />
      {error ? (
        <p id={errorId} role="alert" className="conversation-form__error">
          {error}
        </p>
      ) : null}
      <div className="conversation-form__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary">
          Snooze
        </Button>
      </div>
    </form>
  );
}
