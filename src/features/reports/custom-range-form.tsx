import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../ui';
import { longDayLabel } from './report-buckets';
import { customRangeError, formatDay, parseDay, parseDayLabel } from './report-range';

export interface CustomRangeFormProps {
  /** `YYYY-MM-DD`, both days included. */
  initialFrom: string;
  initialTo: string;
  onApply: (from: string, to: string) => void;
}

/** A `YYYY-MM-DD` day as the range's label writes it ("10 Mar 2025"). */
function shown(day: string): string {
  const date = parseDay(day);
  return date ? longDayLabel(date) : day;
}

/**
 * Two calendar dates and "Apply"; a range the API would refuse is explained, not sent. Text
 * fields, not date pickers: a browser writes a date input in its own locale's format, and the
 * dates should read the same here as in the label above ("10 Mar 2025").
 */
export function CustomRangeForm({ initialFrom, initialTo, onApply }: CustomRangeFormProps) {
  const [from, setFrom] = useState(() => shown(initialFrom));
  const [to, setTo] = useState(() => shown(initialTo));
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [first, last] = [parseDayLabel(from), parseDayLabel(to)];
    const problem =
      first && last
        ? customRangeError(formatDay(first), formatDay(last))
        : 'Write each date like 31 Mar 2025.';
    setError(problem);
    if (problem === null && first && last) onApply(formatDay(first), formatDay(last));
  };

  return (
    <form className="custom-range" aria-label="Custom range" onSubmit={submit} noValidate>
      <DateField label="From" value={from} onChange={setFrom} error={error} errorId={errorId} />
      <DateField label="To" value={to} onChange={setTo} error={error} errorId={errorId} />
      <Button type="submit" variant="primary">
        Apply
      </Button>
      {error ? (
        <p id={errorId} className="custom-range__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** One labelled date of the range; both point at the range's one error. */
function DateField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  errorId: string;
}) {
  return (
    <label className="custom-range__field">
      <span>{props.label}</span>
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="31 Mar 2025"
        className="text-input report-field__input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error !== null || undefined}
        aria-describedby={props.error ? props.errorId : undefined}
      />
    </label>
  );
}
