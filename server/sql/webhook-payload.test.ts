import { describe, expect, it } from 'vitest';
import { toWebhookPayload } from './webhook-payload';

const stored = (data: Record<string, unknown>) => ({ orgId: 1, type: 'message_created', data });
const message = { conversationId: 12, messageId: 34, messageType: 'chat', authorType: 'contact' };

describe('toWebhookPayload: message_created', () => {
  it('reads the files the message carries', () => {
    const file = { id: 5, name: 'invoice.pdf', size: 2000, contentType: 'application/pdf' };
    expect(toWebhookPayload(stored({ ...message, createdAt: 99, attachments: [file] }))).toEqual({
      orgId: 1,
      type: 'message_created',
      data: { ...message, createdAt: 99, attachments: [file] },
    });
  });

  it('lists no files for a payload queued before payloads listed them', () => {
    expect(toWebhookPayload(stored({ ...message, createdAt: 99 })).data).toEqual({
      ...message,
      createdAt: 99,
      attachments: [],
    });
  });
});
