// An admin's tools for one subscription: rotating its secret (the old one keeps signing beside
// the new for a day, so receivers can switch without losing a delivery) and sending one delivery
// of its log again, or a test ping.
import type { WebhookDeliveryDto, WebhookDto } from '../../api';
import { DAY_MS } from '../../domain';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import type { Caller } from './context';
import { adminOnly, newSecret, toDeliveryDto, toDto } from './webhooks';

/** How long the secret before a rotation still signs. */
export const ROTATION_OVERLAP_MS = DAY_MS;

export async function rotateWebhookSecret(
  svc: Services,
  caller: Caller,
  id: number,
): Promise<WebhookDto & { secret: string }> {
  adminOnly(caller);
  const secret = newSecret(svc);
  const sub = await svc.store.transaction(async (tx) => {
    const current = await tx.getWebhook(caller.orgId, id);
    if (current === null) return null;
    return tx.updateWebhook(caller.orgId, id, {
      rotate: {
        secret,
        previousSecret: current.secret,
        previousSecretUntil: svc.now() + ROTATION_OVERLAP_MS,
      },
    });
  });
  if (sub === null) throw notFound('Webhook');
  return { ...toDto(sub), secret };
}

/** Queues the delivery again at once: the same `webhook-id`, so a receiver that has it drops it. */
export async function redeliver(
  svc: Services,
  caller: Caller,
  id: number,
  deliveryKey: string,
): Promise<WebhookDeliveryDto> {
  adminOnly(caller);
  const d = await svc.store.transaction((tx) =>
    tx.redeliverWebhook(caller.orgId, id, deliveryKey, svc.now()),
  );
  if (d === null) throw notFound('Delivery');
  return toDeliveryDto(d);
}

/** Queues a `ping` to this subscription only, at once; the delivery answers like any other. */
export async function pingWebhook(
  svc: Services,
  caller: Caller,
  id: number,
): Promise<WebhookDeliveryDto> {
  adminOnly(caller);
  const now = svc.now();
  const d = await svc.store.transaction(async (tx) => {
    const sub = await tx.getWebhook(caller.orgId, id);
    if (sub === null) return null;
    return tx.enqueueTo(id, {
      orgId: caller.orgId,
      conversationId: 0,
      createdAt: now,
      payload: {
        orgId: caller.orgId,
        type: 'ping',
        data: { conversationId: 0, webhookId: id, sentAt: now },
      },
    });
  });
  if (d === null) throw notFound('Webhook');
  return toDeliveryDto(d);
}
