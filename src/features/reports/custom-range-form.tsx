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

  const invalid = error !== null || undefined;
  const describedBy = error ? errorId : undefined;
  return (
    <form className="custom-range" aria-label="Custom range" onSubmit={submit} noValidate>
      <label className="custom-range__field">
        <span>From</span>
        <input
          type="date"
          className="report-field__input"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      </label>
      <label className="custom-range__field">
        <span>To</span>
        <input
          type="date"
          className="report-field__input"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      </label>
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
