import { formatFullDateTime } from '../../ui';
import { formatWhen } from './format-when';

/** "Delivered 12s ago", with the full date and time on hover. */
export function DeliveryTime({ label, at, now }: { label: string; at: number; now: number }) {
  return (
    <span className="delivery-log__time">
      {label}{' '}
      <time dateTime={new Date(at).toISOString()} title={formatFullDateTime(at)}>
        {formatWhen(at, now)}
      </time>
    </span>
  );
}
