import { useState, type FormEvent } from 'react';
import { SUBSCRIBABLE_WEBHOOK_EVENTS, type WebhookEventType } from '../../domain';
import { explainFailure } from '../../queries';
import { useCreateWebhook } from '../../queries/webhooks';
import { ChoiceList, EntryFormActions, TextField } from './entry-form';
import { EVENT_DESCRIPTIONS } from './webhook-events';

export interface WebhookFormProps {
  onCreated: (secret: string | undefined) => void;
  onCancel: () => void;
}

function urlError(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'Enter the URL Parley should send events to.';
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return 'Use an http:// or https:// URL.';
  } catch {
    return 'Enter a full URL, such as https://example.com/parley-hook.';
  }
  return undefined;
}

/** "Add webhook": an endpoint and the events it wants. The legacy event is not offered. */
export function WebhookForm({ onCreated, onCancel }: WebhookFormProps) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['conversation_push']);
  const [errors, setErrors] = useState<{ url?: string | undefined; events?: string | undefined }>(
    {},
  );
  const create = useCreateWebhook();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = {
      url: urlError(url),
      events: events.length === 0 ? 'Choose at least one event.' : undefined,
    };
    setErrors(found);
    if (found.url || found.events) return;
    create.mutate(
      { url: url.trim(), events },
      { onSuccess: (created) => onCreated(created.secret) },
    );
  };

  return (
    <form className="entry-form" aria-label="Add webhook" onSubmit={submit} noValidate>
      <TextField
        label="Endpoint URL"
        type="url"
        placeholder="https://example.com/parley-hook"
        value={url}
        onChange={setUrl}
        error={errors.url}
      />
      <ChoiceList
        legend="Events"
        options={SUBSCRIBABLE_WEBHOOK_EVENTS}
        hints={EVENT_DESCRIPTIONS}
        chosen={events}
        onChange={setEvents}
        error={errors.events}
      />
      <EntryFormActions
        submitLabel="Create webhook"
        pending={create.isPending}
        onCancel={onCancel}
        alert={create.isError ? `Not created: ${explainFailure(create.error)}` : null}
      />
    </form>
  );
}
