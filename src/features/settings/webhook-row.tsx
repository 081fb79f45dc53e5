import { useId, useState } from 'react';
import type { WebhookDto } from '../../api';
import { explainFailure } from '../../queries';
import { useSetWebhookEnabled } from '../../queries/webhooks';
import { Badge, Button, ChevronDownIcon, cx, formatFullDateTime, toast } from '../../ui';
import { DeliveryLog } from './delivery-log';
import { isLegacyEvent } from './webhook-events';

export interface WebhookRowProps {
  webhook: WebhookDto;
  onDelete: (webhook: WebhookDto) => void;
}

/** One subscription: where it posts, what, since when; its delivery log on demand. */
export function WebhookRow({ webhook, onDelete }: WebhookRowProps) {
  const [logOpen, setLogOpen] = useState(false);
  const logId = useId();
  const enable = useSetWebhookEnabled();
  const turnOn = () =>
    enable.mutate(
      { id: webhook.id, enabled: true },
      {
        onSuccess: () => toast.show({ message: 'Webhook turned on', tone: 'success' }),
        onError: (error) =>
          toast.show({ message: `Not turned on: ${explainFailure(error)}`, tone: 'error' }),
      },
    );
  return (
    <li
      className={cx('settings-item webhook-row', webhook.disabledAt !== null && 'webhook-row--off')}
    >
      <div className="webhook-row__main">
        <div className="webhook-row__info">
          <h3 className="settings-item__title webhook-row__url">{webhook.url}</h3>
          <ul role="list" className="webhook-row__events" aria-label="Events">
            {webhook.events.map((event) => (
              <li key={event}>
                <Badge tone={isLegacyEvent(event) ? 'warning' : 'neutral'}>
                  {event}
                  {isLegacyEvent(event) ? ' (legacy)' : ''}
                </Badge>
              </li>
            ))}
          </ul>
          <p className="settings-muted">
            Created {formatFullDateTime(webhook.createdAt)}
            {webhook.legacy
              ? ' · Legacy subscription: also receives conversation_status_updated'
              : ''}
          </p>
          {webhook.disabledAt !== null ? (
            <p className="webhook-row__off">
              <Badge tone="danger">Turned off</Badge> {formatFullDateTime(webhook.disabledAt)}
              {webhook.disabledReason ? `: ${webhook.disabledReason}` : ''}. No events are sent to
              it until it is turned on again.
            </p>
          ) : null}
        </div>
        <div className="webhook-row__actions">
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={logOpen}
            aria-controls={logOpen ? logId : undefined}
            aria-label={`Delivery log for ${webhook.url}`}
            trailingIcon={
              <ChevronDownIcon
                size={14}
                className={cx('webhook-row__chevron', logOpen && 'webhook-row__chevron--open')}
              />
            }
            onClick={() => setLogOpen((open) => !open)}
          >
            Delivery log
          </Button>
          {webhook.disabledAt !== null ? (
            <Button
              size="sm"
              variant="primary"
              aria-label={`Turn on webhook ${webhook.url}`}
              disabled={enable.isPending}
              onClick={turnOn}
            >
              Turn on
            </Button>
          ) : null}
          <Button
            size="sm"
            aria-label={`Delete webhook ${webhook.url}`}
            onClick={() => onDelete(webhook)}
          >
            Delete
          </Button>
        </div>
      </div>
      {logOpen ? (
        <div id={logId} className="webhook-row__log">
          <DeliveryLog webhookId={webhook.id} url={webhook.url} />
        </div>
      ) : null}
    </li>
  );
}
