// Who receives which webhook event (SPEC section 3). The legacy `conversation_status_updated` goes
// only to legacy subscriptions: those carried over from before it was retired, marked by data
// migration or seeding, never by the API.
import type { LegacyStatus, WebhookEventType } from './events';
import type { ConversationStatus } from './types';

export interface WebhookAudience {
  events: readonly WebhookEventType[];
  legacy: boolean;
}

export function receivesWebhook(subscription: WebhookAudience, type: WebhookEventType): boolean {
  if (!subscription.events.includes(type)) return false;
  return type !== 'conversation_status_updated' || subscription.legacy;
}

/**
 * Each status as Drift's legacy `conversation_status_updated` names it (open, closed, pending): a
 * snooze waits like pending, spam is done with like closed, and a bulk-sent conversation awaits a
 * reply like open. A legacy consumer never meets a status it cannot parse.
 */
export const LEGACY_STATUS: Record<ConversationStatus, LegacyStatus> = {
  open: 'open',
  pending: 'pending',
  closed: 'closed',
  snoozed: 'pending',
  spam: 'closed',
  bulk_sent: 'open',
  merged: 'closed',
};
