// The memory Store's webhook subscriptions, outbox and delivery log. Nothing delivers here (the
// mock has no network to send to): a delivery stays pending, which the delivery log shows as is.
import { receivesWebhook } from '../../domain';
import { copy, pick } from './copy';
import type { MemoryState } from './state';
import {
  DISABLED_ERROR,
  type NewRecord,
  type OutboxEntry,
  type StoreTx,
  type WebhookDelivery,
} from '../store';

export type WebhookKeys =
  | 'listWebhooks'
  | 'getWebhook'
  | 'insertWebhook'
  | 'deleteWebhook'
  | 'setWebhookDisabled'
  | 'enqueueOutbox'
  | 'listOutbox'
  | 'listDeliveries'
  | 'updateWebhook'
  | 'redeliverWebhook'
  | 'enqueueTo';

/** A pending delivery of an outbox entry to one subscription, due at once. */
function newDelivery(
  s: MemoryState,
  subscriptionId: number,
  entry: NewRecord<OutboxEntry>,
): WebhookDelivery {
  return {
    id: s.seq.delivery.next(),
    key: crypto.randomUUID(),
    subscriptionId,
    eventType: entry.payload.type,
    conversationId: entry.conversationId,
    status: 'pending',
    attempts: 0,
    lastAttemptAt: null,
    // A held entry is not due before its undo window has passed.
    nextAttemptAt: entry.hold?.until ?? entry.createdAt,
    responseStatus: null,
    lastError: null,
    deliveredAt: null,
    createdAt: entry.createdAt,
  };
}

export function webhookMethods(s: MemoryState): Pick<StoreTx, WebhookKeys> {
  return {
    listWebhooks: async (orgId) =>
      pick(
        [...s.index.webhooksByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => s.webhooks.get(id),
      ),
    getWebhook: async (orgId, id) => {
      const sub = s.webhooks.get(id);
      return sub?.orgId === orgId ? copy(sub) : null;
    },
    insertWebhook: async (subscription) => {
      const row = {
        ...copy(subscription),
        legacy: subscription.legacy ?? false,
        disabledAt: null,
        disabledReason: null,
        pausedAt: null,
        previousSecret: null,
        previousSecretUntil: null,
      };
      const saved = { ...row, id: s.seq.webhook.next() };
      s.webhooks.set(saved.id, saved);
      return copy(saved);
    },
    deleteWebhook: async (orgId, id) => {
      if (s.webhooks.get(id)?.orgId !== orgId) return false;
      // Its log goes with it, as ON DELETE CASCADE does in SQL. A copy of the ids: each delete
      // takes its id out of the very list being walked.
      for (const deliveryId of s.index.deliveriesBySubscription.get(id).slice())
        s.deliveries.delete(deliveryId);
      return s.webhooks.delete(id);
    },
    setWebhookDisabled: async (orgId, id, disabled) => {
      const sub = s.webhooks.get(id);
      if (sub?.orgId !== orgId) return null;
      const next = {
        ...sub,
        disabledAt: disabled?.at ?? null,
        disabledReason: disabled?.reason ?? null,
      };
      s.webhooks.set(id, next);
      if (disabled !== null) {
        for (const deliveryId of s.index.deliveriesBySubscription.get(id)) {
          const d = s.deliveries.get(deliveryId);
          if (d?.status !== 'pending') continue;
          s.deliveries.set(deliveryId, {
            ...d,
            status: 'failed',
            nextAttemptAt: null,
            lastError: DISABLED_ERROR,
          });
        }
      }
      return copy(next);
    },
    updateWebhook: async (orgId, id, change) => {
      const sub = s.webhooks.get(id);
      if (sub?.orgId !== orgId) return null;
      const { rotate, ...rest } = change;
      const next = { ...sub, ...copy(rest), ...(rotate ? copy(rotate) : {}) };
      s.webhooks.set(id, next);
      return copy(next);
    },
    redeliverWebhook: async (orgId, subscriptionId, key, now) => {
      if (s.webhooks.get(subscriptionId)?.orgId !== orgId) return null;
      const id = s.index.deliveriesBySubscription
        .get(subscriptionId)
        .find((d) => s.deliveries.get(d)?.key === key);
      const d = id === undefined ? undefined : s.deliveries.get(id);
      if (id === undefined || d === undefined) return null;
      const next = { ...d, status: 'pending' as const, nextAttemptAt: now, deliveredAt: null };
      s.deliveries.set(id, next);
      return copy(next);
    },
    enqueueTo: async (subscriptionId, entry) => {
      const row = { ...copy(entry), id: s.seq.outbox.next() };
      s.outbox.set(row.id, row);
      const delivery = newDelivery(s, subscriptionId, entry);
      s.deliveries.set(delivery.id, delivery);
      return copy(delivery);
    },
    enqueueOutbox: async (entry) => {
      const row = { ...copy(entry), id: s.seq.outbox.next() };
      s.outbox.set(row.id, row);
      const held: number[] = [];
      for (const subId of [...s.index.webhooksByOrg.get(entry.orgId)].sort((a, b) => a - b)) {
        const sub = s.webhooks.get(subId);
        if (!sub || sub.disabledAt !== null || !receivesWebhook(sub, entry.payload.type)) continue;
        const delivery = newDelivery(s, sub.id, entry);
        s.deliveries.set(delivery.id, delivery);
        held.push(delivery.id);
      }
      if (entry.hold) s.heldDeliveries.set(row.id, held);
    },
    listOutbox: async (orgId) => pick(s.index.outboxByOrg.get(orgId), (id) => s.outbox.get(id)),
    listDeliveries: async (orgId, subscriptionId, limit) => {
      if (s.webhooks.get(subscriptionId)?.orgId !== orgId) return [];
      const ids = s.index.deliveriesBySubscription.get(subscriptionId);
      return pick(ids.slice(Math.max(0, ids.length - limit)).reverse(), (id) =>
        s.deliveries.get(id),
      );
    },
  };
}
