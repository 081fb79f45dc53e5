// Webhook subscriptions of the caller's org. New ones cannot choose the legacy event (SPEC 3).
import type { CreateWebhookRequest, WebhookDto } from '../../api';
import { SUBSCRIBABLE_WEBHOOK_EVENTS, type WebhookEventType } from '../../domain';
import { forbidden, notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { WebhookSubscription } from '../store';
import type { Caller } from './context';

const subscribable: readonly WebhookEventType[] = SUBSCRIBABLE_WEBHOOK_EVENTS;

/** The secret is left out: it was shown once, when the subscription was created. */
const toDto = ({ id, url, events, createdAt }: WebhookSubscription): WebhookDto => ({
  id,
  url,
  events,
  createdAt,
});

const adminOnly = (caller: Caller) => {
  if (caller.agent.role !== 'admin') throw forbidden('Only admins can manage webhooks.');
};

export async function listWebhooks(svc: Services, caller: Caller): Promise<WebhookDto[]> {
  const subs = await svc.store.transaction((tx) => tx.listWebhooks(caller.orgId));
  return subs.map(toDto);
}

export async function createWebhook(
  svc: Services,
  caller: Caller,
  req: CreateWebhookRequest,
): Promise<WebhookDto> {
  adminOnly(caller);
  const refused = req.events.filter((e) => !subscribable.includes(e));
  if (refused.length > 0) {
    throw rejected(
      `New subscriptions cannot choose ${refused.join(', ')}: it is kept only for existing subscribers. ` +
        'Subscribe to conversation_push instead.',
    );
  }
  const sub = await svc.store.transaction((tx) =>
    tx.insertWebhook({
      orgId: caller.orgId,
      url: req.url,
      events: [...new Set(req.events)],
      secret: req.secret ?? svc.random(),
      createdAt: svc.now(),
    }),
  );
  return { ...toDto(sub), secret: sub.secret };
}

export async function deleteWebhook(svc: Services, caller: Caller, id: number): Promise<void> {
  adminOnly(caller);
  const deleted = await svc.store.transaction((tx) => tx.deleteWebhook(caller.orgId, id));
  if (!deleted) throw notFound('Webhook');
}
