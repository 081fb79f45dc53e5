import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from './events';
import { receivesWebhook } from './webhooks';

describe('receivesWebhook', () => {
  it('sends a subscription exactly the events it chose', () => {
    const sub = { events: ['conversation_push'] as const, legacy: false };
    expect(WEBHOOK_EVENTS.filter((type) => receivesWebhook(sub, type))).toEqual([
      'conversation_push',
    ]);
  });

  it('sends conversation_status_updated to legacy subscriptions only', () => {
    const events = [...WEBHOOK_EVENTS];
    expect(receivesWebhook({ events, legacy: true }, 'conversation_status_updated')).toBe(true);
    expect(receivesWebhook({ events, legacy: false }, 'conversation_status_updated')).toBe(false);
    expect(receivesWebhook({ events: [], legacy: true }, 'conversation_status_updated')).toBe(
      false,
    );
  });
});
