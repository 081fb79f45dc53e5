import { useId, useState, type FormEvent } from 'react';
import { SUBSCRIBABLE_WEBHOOK_EVENTS, type WebhookEventType } from '../../domain';
import { explainFailure } from '../../queries';
import { useCreateWebhook } from '../../queries/webhooks';
import { AlertIcon, Button, Checkbox } from '../../ui';
import { EVENT_DESCRIPTIONS } from './webhook-events';

export interface WebhookFormProps {
  onCreated: (secret: string | undefined) => void;
  onCancel: () => void;
}

function urlError(value: string): string | null {
  const text = value.trim();
  if (text === '') return 'Enter the URL Parley should send events to.';
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return 'Use an http:// or https:// URL.';
  } catch {
    return 'Enter a full URL, such as https://example.com/parley-hook.';
  }
  return null;
}

/** "Add webhook": an endpoint and the events it wants. The legacy event is not offered. */
export function WebhookForm({ onCreated, onCancel }: WebhookFormProps) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['conversation_push']);
  const [errors, setErrors] = useState<{ url?: string; events?: string }>({});
  const create = useCreateWebhook();
  const id = useId();

  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = {
      ...(urlError(url) ? { url: urlError(url) ?? '' } : {}),
      ...(events.length === 0 ? { events: 'Choose at least one event.' } : {}),
    };
    setErrors(found);
    if (found.url || found.events) return;
    create.mutate(
      { url: url.trim(), events },
      { onSuccess: (created) => onCreated(created.secret) },
    );
  };

  return (
    <form className="webhook-form" aria-label="Add webhook" onSubmit={submit} noValidate>
      <div className="settings-field">
        <label htmlFor={`${id}-url`} className="settings-field__label">
          Endpoint URL
        </label>
        <input
          id={`${id}-url`}
          type="url"
          className="settings-input"
          placeholder="https://example.com/parley-hook"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={errors.url ? `${id}-url-error` : undefined}
        />
        {errors.url ? (
          <p id={`${id}-url-error`} className="settings-field__error">
            {errors.url}
          </p>
        ) : null}
      </div>
      <fieldset
        className="webhook-form__events"
        aria-describedby={errors.events ? `${id}-events-error` : undefined}
      >
        <legend className="settings-field__label">Events</legend>
        {SUBSCRIBABLE_WEBHOOK_EVENTS.map((event) => (
          <div key={event} className="webhook-form__event">
            <Checkbox
              label={<code>{event}</code>}
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
              aria-describedby={`${id}-${event}`}
            />
            <p id={`${id}-${event}`} className="settings-field__hint">
              {EVENT_DESCRIPTIONS[event]}
            </p>
          </div>
        ))}
        {errors.events ? (
          <p id={`${id}-events-error`} className="settings-field__error">
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      <div className="settings-form__actions">
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create webhook
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {create.isError ? (
          <p role="alert" className="settings-alert">
            <AlertIcon size={14} />
            <span>Not created: {explainFailure(create.error)}</span>
          </p>
        ) : null}
      </div>
    </form>
  );
}
