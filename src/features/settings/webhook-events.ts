// What each webhook event means, in the words of SPEC section 3.
import type { WebhookEventType } from '../../domain';

export const EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  conversation_manual_push: 'On every close by a person, and on /sync.',
  conversation_inactive: "After a conversation's inactivity period.",
  conversation_push: 'Whenever either of the two above fires.',
  conversation_status_updated: 'Legacy: kept for existing subscribers only.',
  conversation_created: 'When a conversation starts (a sync adds it).',
  message_created: 'On every message and note (a sync fetches it).',
  ping: 'A test an admin sends to one endpoint.',
};

export function isLegacyEvent(event: WebhookEventType): boolean {
  return event === 'conversation_status_updated';
}
