// Reading a stored webhook payload back into its exact Drift shape.
import { LEGACY_STATUS, STATUSES } from '../../src/domain';
import type { WebhookPayload } from '../../src/domain';
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
  throw new TypeError(`webhook_outbox.payload: unknown type ${String(type)}`);
}
