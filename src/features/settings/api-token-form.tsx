import { useState, type FormEvent } from 'react';
import { API_SCOPES, type ApiScope } from '../../api';
import { explainFailure } from '../../queries';
import { useCreateToken } from '../../queries/api-tokens';
import { ChoiceList, EntryFormActions, TextField } from './entry-form';

const SCOPE_HINTS: Record<ApiScope, string> = {
  'conversations:read': 'Read conversations, messages, contacts, agents and the event stream.',
  'conversations:write': 'Reply, change status, tag, assign, and bulk changes.',
  webhooks: 'Manage webhook subscriptions and read their delivery logs.',
  reports: 'Read reports.',
  settings: 'Change org settings and rotate inbox tokens.',
  delete_conversations_and_metrics: 'Delete conversations together with their metrics.',
};

export interface ApiTokenFormProps {
  onCreated: (token: string) => void;
  onCancel: () => void;
}

/** "Create token": a name and the scopes; read-only by default. */
export function ApiTokenForm({ onCreated, onCancel }: ApiTokenFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['conversations:read']);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateToken();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problem =
      name.trim() === ''
        ? 'Give the token a name, such as the system that will use it.'
        : scopes.length === 0
          ? 'Choose at least one scope.'
          : null;
    setError(problem);
    if (problem) return;
    create.mutate({ name: name.trim(), scopes }, { onSuccess: (made) => onCreated(made.token) });
  };

  return (
    <form className="entry-form" aria-label="Create API token" onSubmit={submit} noValidate>
      <TextField
        label="Token name"
        placeholder="CRM sync"
        value={name}
        maxLength={100}
        onChange={setName}
      />
      <ChoiceList
        legend="Scopes"
        options={API_SCOPES}
        hints={SCOPE_HINTS}
        chosen={scopes}
        onChange={setScopes}
      />
      <EntryFormActions
        submitLabel="Create token"
        pending={create.isPending}
        onCancel={onCancel}
        alert={error ?? (create.isError ? `Not created: ${explainFailure(create.error)}` : null)}
      />
    </form>
  );
}
