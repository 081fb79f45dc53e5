// The parts of Settings' entry forms (a saved reply, an API token, a webhook): a labelled text
// field, a list of choices each with its hint, and the actions with the form's refusal.
import { useId, type ReactNode } from 'react';
import { AlertIcon, Button, Checkbox } from '../../ui';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  type?: 'text' | 'url';
  /** A text area of this many rows instead of a one-line box. */
  rows?: number;
  hint?: ReactNode;
  /** Shown under the field, which is marked invalid. */
  error?: string | undefined;
}

export function TextField({
  label,
  value,
  onChange,
  placeholder,
  maxLength,
  type = 'text',
  rows,
  hint,
  error,
}: TextFieldProps) {
  const id = useId();
  const note = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const shared = {
    id,
    className: rows
      ? 'text-input settings-input settings-input--area'
      : 'text-input settings-input',
    placeholder,
    value,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': note,
  } as const;
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        {label}
      </label>
      {rows ? (
        <textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="settings-field__error">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="settings-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface ChoiceListProps<T extends string> {
  legend: string;
  options: readonly T[];
  /** What each choice means, shown under it. */
  hints: Record<T, string>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  error?: string | undefined;
}

/** Checkboxes named by their codes, each with its meaning. */
export function ChoiceList<T extends string>({
  legend,
  options,
  hints,
  chosen,
  onChange,
  error,
}: ChoiceListProps<T>) {
  const id = useId();
  return (
    <fieldset className="entry-form__choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="settings-field__label">{legend}</legend>
      {options.map((option) => (
        <div key={option} className="entry-form__choice">
          <Checkbox
            label={<code>{option}</code>}
            checked={chosen.includes(option)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))
            }
            aria-describedby={`${id}-${option}`}
          />
          <p id={`${id}-${option}`} className="settings-field__hint">
            {hints[option]}
          </p>
        </div>
      ))}
      {error ? (
        <p id={`${id}-error`} className="settings-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface EntryFormActionsProps {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
  /** Why the form was refused, or null. */
  alert: string | null;
}

export function EntryFormActions({ submitLabel, pending, onCancel, alert }: EntryFormActionsProps) {
  return (
    <div className="settings-form__actions">
      <Button type="submit" variant="primary" loading={pending}>
        {submitLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      {alert ? (
        <p role="alert" className="settings-alert">
          <AlertIcon size={14} />
          <span>{alert}</span>
        </p>
      ) : null}
    </div>
  );
}
