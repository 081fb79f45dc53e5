// Webhook subscriptions of the caller's org and their delivery log. New subscriptions cannot
// choose the legacy event (SPEC 3), nor point at this server.
import type { CreateWebhookRequest, WebhookDeliveryDto, WebhookDto } from '../../api';
import { SUBSCRIBABLE_WEBHOOK_EVENTS, type WebhookEventType } from '../../domain';
import { forbidden, notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { WebhookDelivery, WebhookSubscription } from '../store';
import type { Caller } from './context';
import { targetsServer } from './webhook-target';

const subscribable: readonly WebhookEventType[] = SUBSCRIBABLE_WEBHOOK_EVENTS;

/** The secret is left out: it was shown once, when the subscription was created. */
const toDto = ({ id, url, events, createdAt, legacy }: WebhookSubscription): WebhookDto => ({
  id,
  url,
  events,
  createdAt,
  legacy,
});

const toDeliveryDto = ({ subscriptionId: _sub, ...d }: WebhookDelivery): WebhookDeliveryDto => d;

const adminOnly = (caller: Caller) => {
  if (caller.agent.role !== 'admin') throw forbidden('Only admins can manage webhooks.');
};

export async function listWebhooks(svc: Services, caller: Caller): Promise<WebhookDto[]> {
  const subs = await svc.store.transaction((tx) => tx.listWebhooks(caller.orgId));
  return subs.map(toDto);
}

/** `requestHosts`: the Host (and X-Forwarded-Host) the request came in on. */
export async function createWebhook(
  svc: Services,
  caller: Caller,
  req: CreateWebhookRequest,
  requestHosts: readonly string[] = [],
): Promise<WebhookDto> {
  adminOnly(caller);
  const refused = req.events.filter((e) => !subscribable.includes(e));
  if (refused.length > 0) {
    throw rejected(
      `New subscriptions cannot choose ${refused.join(', ')}: it is kept only for existing subscribers. ` +
        'Subscribe to conversation_push instead.',
    );
  }
  if (targetsServer(new URL(req.url), svc.serverAddress(), requestHosts)) {
    throw rejected(
      'A webhook cannot point at this Parley server itself: every event would call it back. ' +
        'Use the address of the system that should receive the events.',
    );
  }
  const sub = await svc.store.transaction((tx) =>
    tx.insertWebhook({
      orgId: caller.orgId,
      url: req.url,
      events: [...new Set(req.events)],
      secret: req.secret ?? svc.random(),
      createdAt: svc.now(),
      legacy: false,
    }),
  );
  return { ...toDto(sub), secret: sub.secret };
}

export async function deleteWebhook(svc: Services, caller: Caller, id: number): Promise<void> {
  adminOnly(caller);
  const deleted = await svc.store.transaction((tx) => tx.deleteWebhook(caller.orgId, id));
  if (!deleted) throw notFound('Webhook');
}

/** Newest first; another org's subscription answers 404 like a missing one. */
export async function listDeliveries(
  svc: Services,
  caller: Caller,
  id: number,
  limit: number,
): Promise<WebhookDeliveryDto[]> {
  const deliveries = await svc.store.transaction(async (tx) => {
    if (!(await tx.getWebhook(caller.orgId, id))) return null;
    return tx.listDeliveries(caller.orgId, id, limit);
  });
  if (deliveries === null) throw notFound('Webhook');
  return deliveries.map(toDeliveryDto);
}
