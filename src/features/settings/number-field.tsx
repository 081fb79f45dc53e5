import { useId, type Ref } from 'react';
import type { SettingField } from './settings-fields';

export interface NumberFieldProps {
  field: SettingField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

const number = new Intl.NumberFormat('en-US');

/** A whole number in the field's unit, its allowed range, and what is wrong with it. */
export function NumberField({ field, value, error, onChange, onBlur, inputRef }: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        {field.label} ({field.unit})
      </label>
      <div className="settings-field__control">
        <input
          ref={inputRef}
          id={id}
          type="number"
          inputMode="numeric"
          step={1}
          min={field.min}
          max={field.max}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          className="text-input settings-input settings-field__input"
        />
        <span className="settings-field__unit" aria-hidden="true">
          {field.unit}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="settings-field__error">
          {error}
        </p>
      ) : null}
      <p id={hintId} className="settings-field__hint">
        {field.hint} From {number.format(field.min)} to {number.format(field.max)} {field.unit}.
      </p>
    </div>
  );
}
