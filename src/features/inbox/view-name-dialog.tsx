import { useId, useState, type FormEvent } from 'react';
import { SAVED_VIEW_NAME_MAX } from '../../domain';
import { Button, Checkbox, Dialog } from '../../ui';

export interface ViewNameDialogProps {
  title: 'Save view' | 'Rename view';
  initialName?: string;
  /** Admins may share the view with the whole org. */
  canShare?: boolean;
  onClose: () => void;
  /** Resolves null once saved (the dialog closes), else the reason to show under the name. */
  onSubmit: (name: string, shared: boolean) => Promise<string | null>;
}

/** "Save view" and "Rename view": a name (and, for admins saving, whether it is shared). */
export function ViewNameDialog({
  title,
  initialName = '',
  canShare = false,
  onClose,
  onSubmit,
}: ViewNameDialogProps) {
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError('Give the view a name.');
    setBusy(true);
    const refusal = await onSubmit(name.trim(), shared);
    if (refusal === null) return onClose();
    setError(refusal);
    setBusy(false);
  };

  return (
    <Dialog open onClose={onClose} title={title} size="sm">
      <form className="view-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={nameId} className="view-form__label">
          Name
        </label>
        <input
          id={nameId}
          className="view-form__input"
          value={name}
          maxLength={SAVED_VIEW_NAME_MAX}
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          data-autofocus
        />
        {canShare ? (
          <Checkbox
            label="Share with the whole team"
            checked={shared}
            onChange={(event) => setShared(event.target.checked)}
          />
        ) : null}
        {error ? (
          <p id={errorId} role="alert" className="view-form__error">
            {error}
          </p>
        ) : null}
        <div className="view-form__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={busy}>
            {title === 'Save view' ? 'Save view' : 'Rename'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
