// Webhook subscriptions of the caller's org and their delivery log. New subscriptions cannot
// choose the legacy event (SPEC 3), nor point anywhere but a public address (SPEC 8). The log is
// for admins: it tells how an endpoint answers.
import type {
  CreateWebhookRequest,
  PatchWebhookRequest,
  WebhookDeliveryDto,
  WebhookDto,
} from '../../api';
import { SUBSCRIBABLE_WEBHOOK_EVENTS, type WebhookEventType } from '../../domain';
import { forbidden, notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { WebhookDelivery, WebhookSubscription } from '../store';
import type { Caller } from './context';
import { parseIp } from './webhook-address';
import { refuseResolved, refuseTarget, type TargetPolicy } from './webhook-target';

const subscribable: readonly WebhookEventType[] = SUBSCRIBABLE_WEBHOOK_EVENTS;

/** What an admin sees after turning a subscription off by hand. */
export const DISABLED_BY_ADMIN = 'Turned off by an admin';

/** The secret is left out: it was shown once, when the subscription was created. */
export const toDto = (w: WebhookSubscription): WebhookDto => ({
  id: w.id,
  url: w.url,
  events: w.events,
  createdAt: w.createdAt,
  legacy: w.legacy,
  disabledAt: w.disabledAt,
  disabledReason: w.disabledReason,
  pausedAt: w.pausedAt,
  previousSecretUntil: w.previousSecretUntil,
});

/** The row's own id counts every org's deliveries: the opaque key stands in for it. */
export const toDeliveryDto = ({
  id: _row,
  key,
  subscriptionId: _sub,
  ...d
}: WebhookDelivery): WebhookDeliveryDto => ({ id: key, ...d });

export const adminOnly = (caller: Caller) => {
  if (caller.agent.role !== 'admin') throw forbidden('Only admins can manage webhooks.');
};

export async function listWebhooks(svc: Services, caller: Caller): Promise<WebhookDto[]> {
  const subs = await svc.store.transaction((tx) => tx.listWebhooks(caller.orgId));
  return subs.map(toDto);
}

/** 422 unless the URL, and where a resolver exists every address its host has now, is public. */
async function checkTarget(svc: Services, url: URL, requestHosts: readonly string[]) {
  const policy: TargetPolicy = {
    server: svc.serverAddress(),
    requestHosts,
    allow: svc.webhookAllow,
  };
  const refused = refuseTarget(url, policy);
  if (refused !== null) throw rejected(refused);
  if (svc.resolveHost === null || parseIp(url.hostname) !== null) return;
  const resolvedRefusal = refuseResolved(url, await svc.resolveHost(url.hostname), policy);
  if (resolvedRefusal !== null) throw rejected(resolvedRefusal);
}

function refuseLegacyEvents(
  events: readonly WebhookEventType[],
  kept: readonly WebhookEventType[] = [],
) {
  const refused = events.filter((e) => !subscribable.includes(e) && !kept.includes(e));
  if (refused.length > 0) {
    throw rejected(
      `New subscriptions cannot choose ${refused.join(', ')}: it is kept only for existing subscribers. ` +
        'Subscribe to conversation_push instead.',
    );
  }
}

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(svc: Services): string {
  const b64 = svc.random().replace(/-/g, '+').replace(/_/g, '/');
  return `whsec_${b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')}`;
}

/** `requestHosts`: the Host (and X-Forwarded-Host) the request came in on. */
export async function createWebhook(
  svc: Services,
  caller: Caller,
  req: CreateWebhookRequest,
  requestHosts: readonly string[] = [],
): Promise<WebhookDto> {
  adminOnly(caller);
  refuseLegacyEvents(req.events);
  await checkTarget(svc, new URL(req.url), requestHosts);
  const sub = await svc.store.transaction((tx) =>
    tx.insertWebhook({
      orgId: caller.orgId,
      url: req.url,
      events: [...new Set(req.events)],
      secret: req.secret ?? newSecret(svc),
      createdAt: svc.now(),
      legacy: false,
    }),
  );
  return { ...toDto(sub), secret: sub.secret };
}

/**
 * `enabled` turns a subscription back on (its failure streak forgotten; events from now on are
 * delivered) or off (pending deliveries fail, none are queued); `paused` holds deliveries queued;
 * `url` and `events` change where and what from now on, checked as at creation (a legacy
 * subscription may keep its legacy event). Repeating a change changes nothing.
 */
export async function patchWebhook(
  svc: Services,
  caller: Caller,
  id: number,
  patch: PatchWebhookRequest,
  requestHosts: readonly string[] = [],
): Promise<WebhookDto> {
  adminOnly(caller);
  const before = await svc.store.transaction((tx) => tx.getWebhook(caller.orgId, id));
  if (before === null) throw notFound('Webhook');
  if (patch.events) refuseLegacyEvents(patch.events, before.legacy ? before.events : []);
  if (patch.url !== undefined) await checkTarget(svc, new URL(patch.url), requestHosts);
  const sub = await svc.store.transaction(async (tx) => {
    let current = await tx.getWebhook(caller.orgId, id);
    if (current === null) return null;
    if (patch.enabled !== undefined && (current.disabledAt === null) !== patch.enabled) {
      const off = patch.enabled ? null : { at: svc.now(), reason: DISABLED_BY_ADMIN };
      current = await tx.setWebhookDisabled(caller.orgId, id, off);
    }
    const paused =
      patch.paused === undefined || (current?.pausedAt !== null) === patch.paused
        ? {}
        : { pausedAt: patch.paused ? svc.now() : null };
    const events = patch.events ? { events: [...new Set(patch.events)] } : {};
    const url = patch.url !== undefined ? { url: patch.url } : {};
    return tx.updateWebhook(caller.orgId, id, { ...url, ...events, ...paused });
  });
  if (sub === null) throw notFound('Webhook');
  return toDto(sub);
}

export async function deleteWebhook(svc: Services, caller: Caller, id: number): Promise<void> {
  adminOnly(caller);
  const deleted = await svc.store.transaction((tx) => tx.deleteWebhook(caller.orgId, id));
  if (!deleted) throw notFound('Webhook');
}

/** Newest first; another org's subscription answers 404 like a missing one. Admins only. */
export async function listDeliveries(
  svc: Services,
  caller: Caller,
  id: number,
  limit: number,
): Promise<WebhookDeliveryDto[]> {
  adminOnly(caller);
  const deliveries = await svc.store.transaction(async (tx) => {
    if (!(await tx.getWebhook(caller.orgId, id))) return null;
    return tx.listDeliveries(caller.orgId, id, limit);
  });
  if (deliveries === null) throw notFound('Webhook');
  return deliveries.map(toDeliveryDto);
}
