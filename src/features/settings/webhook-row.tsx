import { useId, useState } from 'react';
import type { WebhookDto } from '../../api';
import { Badge, Button, ChevronDownIcon, cx, formatFullDateTime } from '../../ui';
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
  return (
    <li className="settings-item webhook-row">
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
