import { useQuery } from '@tanstack/react-query';
import { explainFailure } from '../../queries';
import { DELIVERY_LOG_REFRESH_MS, webhookQueries } from '../../queries/webhooks';
import { ErrorState, Spinner } from '../../ui';
import { DeliveryRow } from './delivery-row';
import { useNow } from './use-now';

export interface DeliveryLogProps {
  webhookId: number;
  url: string;
}

/** The latest deliveries to one endpoint, newest first, asked for again every few seconds. */
export function DeliveryLog({ webhookId, url }: DeliveryLogProps) {
  const log = useQuery(webhookQueries.deliveries(webhookId));
  const now = useNow(DELIVERY_LOG_REFRESH_MS);
  if (log.isPending) return <Spinner label="Loading the delivery log" size="sm" />;
  if (log.isError)
    return (
      <ErrorState
        title="The delivery log could not load"
        message={explainFailure(log.error)}
        onRetry={() => void log.refetch()}
        retrying={log.isFetching}
      />
    );
  if (log.data.length === 0)
    return (
      <p className="settings-muted">
        No deliveries yet. Events show here as Parley sends them; this log refreshes every few
        seconds.
      </p>
    );
  return (
    <div className="delivery-log">
      <p className="settings-muted delivery-log__note">
        Newest first; refreshes every few seconds.
      </p>
      <div className="delivery-log__scroll">
        <table className="delivery-log__table">
          <caption className="visually-hidden">Delivery log for {url}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Event</th>
              <th scope="col">Conversation</th>
              <th scope="col" className="delivery-log__num">
                Attempts
              </th>
              <th scope="col">Response</th>
              <th scope="col">Last error</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} now={now} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
