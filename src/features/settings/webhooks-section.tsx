import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WebhookDto } from '../../api';
import { explainFailure } from '../../queries';
import { useDeleteWebhook, webhookQueries } from '../../queries/webhooks';
import { Button, ConfirmDialog, EmptyState, toast } from '../../ui';
import { QueryContent } from './query-content';
import { SettingsSection } from './settings-section';
import { WebhookForm } from './webhook-form';
import { WebhookRow } from './webhook-row';
import { WebhookSecretDialog } from './webhook-secret-dialog';

/** The org's webhook subscriptions: list, add (secret shown once), delete, delivery logs. */
export function WebhooksSection() {
  const webhooks = useQuery(webhookQueries.list());
  const remove = useDeleteWebhook();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [doomed, setDoomed] = useState<WebhookDto | null>(null);

  const confirmDelete = () => {
    if (!doomed) return;
    remove.mutate(doomed.id, {
      onSuccess: () => toast.show({ message: 'Webhook deleted', tone: 'success' }),
      onError: (error) =>
        toast.show({ message: `Not deleted: ${explainFailure(error)}`, tone: 'error' }),
      onSettled: () => setDoomed(null),
    });
  };

  return (
    <SettingsSection
      title="Webhooks"
      description={
        <>
          Parley posts conversation events to these endpoints, signed with HMAC-SHA256 in{' '}
          <code>X-Parley-Signature</code>, and retries until they answer 2xx.
        </>
      }
      actions={
        adding ? null : (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add webhook
          </Button>
        )
      }
    >
      {adding ? (
        <WebhookForm
          onCancel={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false);
            // The dialog says it was created; a toast under it would only repeat that.
            setSecret(created ?? null);
          }}
        />
      ) : null}
      <QueryContent query={webhooks} loading="Loading webhooks" failed="Webhooks could not load">
        {(data) =>
          data.length === 0 ? (
            adding ? null : (
              <EmptyState
                title="No webhooks yet"
                description="Add one to have Parley tell your systems when conversations change."
                icon={null}
              />
            )
          ) : (
            <ul role="list" className="settings-list" aria-label="Webhook subscriptions">
              {data.map((webhook) => (
                <WebhookRow key={webhook.id} webhook={webhook} onDelete={setDoomed} />
              ))}
            </ul>
          )
        }
      </QueryContent>
      <WebhookSecretDialog secret={secret} onDone={() => setSecret(null)} />
      <ConfirmDialog
        open={doomed !== null}
        title="Delete this webhook?"
        description={
          <>
            Parley stops sending events to <strong>{doomed?.url}</strong>. This cannot be undone.
          </>
        }
        confirmLabel="Delete webhook"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDoomed(null)}
      />
    </SettingsSection>
  );
}
