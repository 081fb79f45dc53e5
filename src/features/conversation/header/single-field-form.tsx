import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../ui';

export interface SingleFieldFormProps {
  /** The field's name and label. */
  label: string;
  /** The label is for assistive technology only (the dialog's title already says it). */
  hideLabel?: boolean;
  /** A text box unless told. */
  type?: 'text' | 'datetime-local';
  initialValue?: string;
  /** The earliest value a date-time picker offers. */
  min?: string;
  submitLabel: string;
  maxLength?: number;
  inputMode?: 'text' | 'numeric';
  /** A reason to refuse the value, shown under the field, or null. */
  validate: (value: string) => string | null;
  /** Resolves null when done, or the server's reason to show under the field. */
  onSubmit: (value: string) => Promise<string | null>;
  onCancel: () => void;
}

/** One labelled field with Cancel and a submit button, for the small dialogs of the header. */
export function SingleFieldForm({
  label,
  hideLabel = false,
  type = 'text',
  initialValue = '',
  min,
  submitLabel,
  maxLength,
  inputMode = 'text',
  validate,
  onSubmit,
  onCancel,
}: SingleFieldFormProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(value);
    setError(problem);
    if (problem !== null || busy) return;
    setBusy(true);
    const refusal = await onSubmit(value);
    // On success the owner closes the dialog and this form is gone.
    if (refusal !== null) {
      setError(refusal);
      setBusy(false);
    }
  };

  return (
    <form className="conversation-form" onSubmit={(event) => void submit(event)} noValidate>
      <label
        htmlFor={inputId}
        className={hideLabel ? 'visually-hidden' : 'conversation-form__label'}
      >
        {label}
      </label>
      <input
        id={inputId}
        type={type}
        className="conversation-input"
        value={value}
        min={min}
        maxLength={maxLength}
        inputMode={type === 'text' ? inputMode : undefined}
        autoComplete="off"
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
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
