import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from './events';
import { reduce } from './reducer';
import { conversation, HOUR_MS, NOW, sam, settings, webhooksOf } from './test-fixtures';
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

describe('the legacy conversation_status_updated', () => {
  it.each([
    ['snooze', { type: 'snooze', until: NOW + HOUR_MS, actor: sam }, 'pending'],
    ['spam', { type: 'mark_spam', actor: sam }, 'closed'],
  ] as const)('names a %s in a status Drift knows (%s)', (_, event, legacy) => {
    const outcome = reduce(conversation(), event, NOW, settings());
    if (!outcome.ok) throw new Error(outcome.reason);
    const statuses = webhooksOf(outcome.effects).flatMap((p) =>
      p.type === 'conversation_status_updated' ? [p.data.status] : [],
    );
    expect(statuses).toEqual([legacy]);
  });
});
