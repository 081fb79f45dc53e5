import { useId, useState, type FormEvent } from 'react';
import { API_SCOPES, type ApiScope } from '../../api';
import { explainFailure } from '../../queries';
import { useCreateToken } from '../../queries/api-tokens';
import { AlertIcon, Button, Checkbox } from '../../ui';

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
  const id = useId();

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
    <form className="webhook-form" aria-label="Create API token" onSubmit={submit} noValidate>
      <div className="settings-field">
        <label htmlFor={`${id}-name`} className="settings-field__label">
          Token name
        </label>
        <input
          id={`${id}-name`}
          className="settings-input"
          placeholder="CRM sync"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <fieldset className="webhook-form__events">
        <legend className="settings-field__label">Scopes</legend>
        {API_SCOPES.map((scope) => (
          <div key={scope} className="webhook-form__event">
            <Checkbox
              label={<code>{scope}</code>}
              checked={scopes.includes(scope)}
              onChange={(e) =>
                setScopes((now) =>
                  e.target.checked ? [...now, scope] : now.filter((s) => s !== scope),
                )
              }
              aria-describedby={`${id}-${scope}`}
            />
            <p id={`${id}-${scope}`} className="settings-field__hint">
              {SCOPE_HINTS[scope]}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="settings-form__actions">
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create token
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {error || create.isError ? (
          <p role="alert" className="settings-alert">
            <AlertIcon size={14} />
            <span>{error ?? `Not created: ${explainFailure(create.error)}`}</span>
          </p>
        ) : null}
      </div>
    </form>
  );
}
