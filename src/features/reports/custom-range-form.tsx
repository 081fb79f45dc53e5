import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../ui';
import { customRangeError } from './report-range';

export interface CustomRangeFormProps {
  /** `YYYY-MM-DD`, both days included. */
  initialFrom: string;
  initialTo: string;
  onApply: (from: string, to: string) => void;
}

/** Two calendar dates and "Apply"; a range the API would refuse is explained, not sent. */
export function CustomRangeForm({ initialFrom, initialTo, onApply }: CustomRangeFormProps) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = customRangeError(from, to);
    setError(problem);
    if (problem === null) onApply(from, to);
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
        type="date"
        className="report-field__input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error !== null || undefined}
        aria-describedby={props.error ? props.errorId : undefined}
      />
    </label>
  );
}
