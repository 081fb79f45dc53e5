// Reading a stored webhook payload back into its exact Drift shape.
import { AUTHOR_TYPES, CHANNELS, LEGACY_STATUS, STATUSES } from '../../src/domain';
import type { Attachment, WebhookPayload } from '../../src/domain';
import { isRecord } from './decode';

const PUSH_TYPES = [
  'conversation_manual_push',
  'conversation_inactive',
  'conversation_push',
] as const;

export function toWebhookPayload(value: unknown): WebhookPayload {
  const data = isRecord(value) ? value['data'] : undefined;
  if (
    !isRecord(value) ||
    !isRecord(data) ||
    typeof value['orgId'] !== 'number' ||
    typeof data['conversationId'] !== 'number'
  ) {
    throw new TypeError('webhook_outbox.payload: not a webhook payload');
  }
  const { orgId, type } = value;
  const conversationId = data['conversationId'];
  const pushType = PUSH_TYPES.find((t) => t === type);
  if (pushType !== undefined && typeof data['lastUpdated'] === 'number') {
    return { orgId, type: pushType, data: { conversationId, lastUpdated: data['lastUpdated'] } };
  }
  const found = STATUSES.find((s) => s === data['status']);
  // Payloads queued before the legacy names were used are sent in them too.
  const status = found === undefined ? undefined : LEGACY_STATUS[found];
  if (
    type === 'conversation_status_updated' &&
    status !== undefined &&
    typeof data['changedAt'] === 'number'
  ) {
    return { orgId, type, data: { conversationId, status, changedAt: data['changedAt'] } };
  }
  const webhookId = typeof data['webhookId'] === 'number' ? data['webhookId'] : null;
  if (type === 'ping' && webhookId !== null && typeof data['sentAt'] === 'number')
    return { orgId, type, data: { conversationId: 0, webhookId, sentAt: data['sentAt'] } };
  const num = (key: string) => (typeof data[key] === 'number' ? data[key] : null);
  const createdAt = num('createdAt');
  const channel = CHANNELS.find((c) => c === data['channel']);
  const contactId = num('contactId');
  const inboxId = num('inboxId');
  if (type === 'conversation_created' && createdAt !== null && channel !== undefined) {
    if (contactId !== null && inboxId !== null) {
      const created = { conversationId, contactId, inboxId, channel, createdAt };
      return { orgId, type, data: created };
    }
  }
  const messageId = num('messageId');
  const messageType = (['chat', 'note'] as const).find((t) => t === data['messageType']);
  const authorType = AUTHOR_TYPES.find((a) => a === data['authorType']);
  if (type === 'message_created' && createdAt !== null && messageId !== null) {
    if (messageType !== undefined && authorType !== undefined) {
      // Queued before payloads listed the message's files: none listed.
      const attachments = Array.isArray(data['attachments'])
        ? data['attachments'].filter(isAttachment)
        : [];
      const message = {
        conversationId,
        messageId,
        messageType,
        authorType,
        createdAt,
        attachments,
      };
      return { orgId, type, data: message };
    }
  }
  throw new TypeError(`webhook_outbox.payload: unknown type ${String(type)}`);
}

function isAttachment(value: unknown): value is Attachment {
  return (
    isRecord(value) &&
    typeof value['id'] === 'number' &&
    typeof value['name'] === 'string' &&
    typeof value['size'] === 'number' &&
    typeof value['contentType'] === 'string'
  );
}
