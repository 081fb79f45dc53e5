import { useId, useState, type FormEvent } from 'react';
import type { SavedReplyDto } from '../../api';
import { REPLY_VARIABLES } from '../../domain';
import { explainFailure, useCreateSavedReply, usePatchSavedReply } from '../../queries';
import { AlertIcon, Button } from '../../ui';

export interface SavedReplyFormProps {
  /** The reply being changed; a new one without it. */
  reply?: SavedReplyDto | undefined;
  onDone: () => void;
}

const VARIABLES = Object.keys(REPLY_VARIABLES).map((name) => `{{${name}}}`);

/** A saved reply's name and words; a refused save keeps what was typed and says why. */
export function SavedReplyForm({ reply, onDone }: SavedReplyFormProps) {
  const [name, setName] = useState(reply?.name ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateSavedReply();
  const patch = usePatchSavedReply();
  const saving = create.isPending || patch.isPending;
  const id = useId();
  const label = reply ? `Edit saved reply ${reply.name}` : 'New saved reply';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problem =
      name.trim() === ''
        ? 'Give the reply a name, such as "Greeting".'
        : body.trim() === ''
          ? 'Write the reply itself.'
          : null;
    setError(problem);
    if (problem) return;
    const fail = (err: Error) => setError(`Not saved: ${explainFailure(err)}`);
    const fields = { name: name.trim(), body };
    if (reply) patch.mutate({ id: reply.id, body: fields }, { onSuccess: onDone, onError: fail });
    else create.mutate(fields, { onSuccess: onDone, onError: fail });
  };

  return (
    <form className="webhook-form" aria-label={label} onSubmit={submit} noValidate>
      <div className="settings-field">
        <label htmlFor={`${id}-name`} className="settings-field__label">
          Name
        </label>
        <input
          id={`${id}-name`}
          className="settings-input"
          placeholder="Greeting"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="settings-field">
        <label htmlFor={`${id}-body`} className="settings-field__label">
          Reply
        </label>
        <textarea
          id={`${id}-body`}
          className="settings-input saved-reply-form__body"
          rows={4}
          value={body}
          maxLength={20_000}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setBody(e.target.value)}
        />
        <p id={`${id}-hint`} className="settings-field__hint">
          Filled in when inserted: {VARIABLES.join(', ')}.
        </p>
      </div>
      <div className="settings-form__actions">
        <Button type="submit" variant="primary" loading={saving}>
          {reply ? 'Save changes' : 'Save reply'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        {error ? (
          <p role="alert" className="settings-alert">
            <AlertIcon size={14} />
            <span>{error}</span>
          </p>
        ) : null}
      </div>
    </form>
  );
}
