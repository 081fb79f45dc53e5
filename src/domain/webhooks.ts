// Who receives which webhook event (SPEC section 3). The legacy `conversation_status_updated` goes
// only to legacy subscriptions: those carried over from before it was retired, marked by data
// migration or seeding, never by the API.
import type { WebhookEventType } from './events';

export interface WebhookAudience {
  events: readonly WebhookEventType[];
  legacy: boolean;
}

export function receivesWebhook(subscription: WebhookAudience, type: WebhookEventType): boolean {
  if (!subscription.events.includes(type)) return false;
  return type !== 'conversation_status_updated' || subscription.legacy;
}
