import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../button/button';
import './form.css';

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
  /** More controls under the field, such as a choice that goes with the value. */
  children?: ReactNode;
}

/**
 * One labelled field with Cancel and a submit button, for small dialogs: the value is checked as
 * it is sent, and a refusal (the check's or the server's) is shown under the field, which keeps
 * what was typed.
 */
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
  children,
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
    <form className="field-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : 'field-form__label'}>
        {label}
      </label>
      <input
        id={inputId}
        type={type}
        className="text-input"
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
      {children}
      {error ? (
        <p id={errorId} role="alert" className="field-form__error">
          {error}
        </p>
      ) : null}
      <div className="field-form__actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
