import type { WebhookDeliveryDto } from '../../api';
import { Badge, type BadgeTone } from '../../ui';
import { DeliveryTime } from './delivery-time';

const STATUS_TONE: Record<WebhookDeliveryDto['status'], BadgeTone> = {
  pending: 'warning',
  delivered: 'success',
  failed: 'danger',
};

const STATUS_LABEL: Record<WebhookDeliveryDto['status'], string> = {
  pending: 'Pending',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** One delivery: how it went, and when it happened or will be tried again. */
export function DeliveryRow({ delivery, now }: { delivery: WebhookDeliveryDto; now: number }) {
  const d = delivery;
  return (
    <tr>
      <td>
        <Badge tone={STATUS_TONE[d.status]}>{STATUS_LABEL[d.status]}</Badge>
      </td>
      <td>
        <code>{d.eventType}</code>
      </td>
      <td>#{d.conversationId}</td>
      <td className="delivery-log__num">{d.attempts}</td>
      <td>{d.responseStatus ?? '—'}</td>
      <td className={d.lastError ? 'delivery-log__error' : undefined}>{d.lastError ?? '—'}</td>
      <td>
        <div className="delivery-log__times">
          <DeliveryTime label="Queued" at={d.createdAt} now={now} />
          {d.deliveredAt !== null ? (
            <DeliveryTime label="Delivered" at={d.deliveredAt} now={now} />
          ) : d.lastAttemptAt !== null ? (
            <DeliveryTime label="Last try" at={d.lastAttemptAt} now={now} />
          ) : null}
          {d.status !== 'pending' || d.nextAttemptAt === null ? null : d.nextAttemptAt > now ? (
            <DeliveryTime label="Next try" at={d.nextAttemptAt} now={now} />
          ) : (
            <span>{d.attempts === 0 ? 'Waiting to be sent' : 'Next try due'}</span>
          )}
        </div>
      </td>
    </tr>
  );
}
