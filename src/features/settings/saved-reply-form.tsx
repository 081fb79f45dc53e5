import { useState, type FormEvent } from 'react';
import type { SavedReplyDto } from '../../api';
import { REPLY_VARIABLES } from '../../domain';
import { explainFailure, useCreateSavedReply, usePatchSavedReply } from '../../queries';
import { EntryFormActions, TextField } from './entry-form';

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
    <form
      className="entry-form"
      aria-label={reply ? `Edit saved reply ${reply.name}` : 'New saved reply'}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label="Name"
        placeholder="Greeting"
        value={name}
        maxLength={100}
        onChange={setName}
      />
      <TextField
        label="Reply"
        rows={4}
        value={body}
        maxLength={20_000}
        onChange={setBody}
        hint={`Filled in when inserted: ${VARIABLES.join(', ')}.`}
      />
      <EntryFormActions
        submitLabel={reply ? 'Save changes' : 'Save reply'}
        pending={create.isPending || patch.isPending}
        onCancel={onDone}
        alert={error}
      />
    </form>
  );
}
