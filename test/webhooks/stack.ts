// One host with two subscribers on one receiver, for the webhook tests: "modern" (made through
// the API) and "legacy" (written the way a data migration would, receiving
// conversation_status_updated), with the exact payloads they should get. Test use only.
import type { WebhookPayload } from '../../src/domain';
import type { RunningHost } from '../../server/host';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';
import {
  signIn,
  startReceiver,
  startTestHost,
  testClock,
  type Api,
  type Receiver,
} from '../server/webhook-kit';

export const SECRETS = { modern: 'modern-secret-0123456789', legacy: 'legacy-secret-0123456789' };
type Who = keyof typeof SECRETS;
type PushType = 'conversation_manual_push' | 'conversation_inactive' | 'conversation_push';

export interface DeliveryStack {
  clock: ReturnType<typeof testClock>;
  receiver: Receiver;
  host: RunningHost;
  admin: Api;
  orgId: number;
  subs: Record<Who, number>;
  /** The raw bodies one subscriber received for one conversation, in arrival order. */
  bodies(who: Who, conversationId: number): string[];
  push(type: PushType, conversationId: number, lastUpdated: number): WebhookPayload;
  closedLegacy(conversationId: number, changedAt: number): WebhookPayload;
  close(): Promise<void>;
}

/** Bodies in Drift's key order, byte for byte. */
export const exactly = (...payloads: WebhookPayload[]) => payloads.map((p) => JSON.stringify(p));

export async function startDeliveryStack(): Promise<DeliveryStack> {
  const clock = testClock();
  const receiver = await startReceiver();
  const db = await freshPglite();
  const host = await startTestHost({
    database: db.client,
    now: clock.now,
    // Three attempts, so a test reaches "failed" in two clock moves.
    webhooks: { retry: { baseMs: 1_000, capMs: 600_000, maxAttempts: 3 }, timeoutMs: 1_000 },
  });
  const admin = await signIn(host.url);
  const orgId = (await admin.json<{ agent: { orgId: number } }>('GET', '/api/me')).agent.orgId;
  const modern = await admin.json<{ id: number }>('POST', '/api/webhooks', {
    url: `${receiver.url}/modern`,
    events: ['conversation_manual_push', 'conversation_inactive', 'conversation_push'],
    secret: SECRETS.modern,
  });
  // Legacy subscriptions come from data migration, never from the API.
  const legacy = await createSqlStore(db.client).transaction((tx) =>
    tx.insertWebhook({
      orgId,
      url: `${receiver.url}/legacy`,
      events: [
        'conversation_manual_push',
        'conversation_inactive',
        'conversation_push',
        'conversation_status_updated',
      ],
      secret: SECRETS.legacy,
      createdAt: clock.now(),
      legacy: true,
    }),
  );
  return {
    clock,
    receiver,
    host,
    admin,
    orgId,
    subs: { modern: modern.id, legacy: legacy.id },
    bodies: (who, conversationId) =>
      receiver.requests
        .filter(
          (r) => r.path === `/hook/${who}` && r.payload.data.conversationId === conversationId,
        )
        .map((r) => r.body),
    push: (type, conversationId, lastUpdated) => ({
      orgId,
      type,
      data: { conversationId, lastUpdated },
    }),
    closedLegacy: (conversationId, changedAt) => ({
      orgId,
      type: 'conversation_status_updated',
      data: { conversationId, status: 'closed', changedAt },
    }),
    async close() {
      await host.close();
      await receiver.close();
    },
  };
}
