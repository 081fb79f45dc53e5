// Delivers the webhook outbox: claims due deliveries (see webhooks/delivery-queue.ts), POSTs them
// signed, records the outcome, and retries with backoff. Every process may run one; the claims keep
// them from sending the same row at once. Rounds follow each other at once while there is work
// (the next event of a conversation becomes due as soon as the one before it is delivered), and
// every `pollMs` otherwise.
import type { ServerAddress } from '../src/backend/service/webhook-target';
import { targetsServer } from '../src/backend/service/webhook-target';
import type { SqlClient } from './db/client';
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './webhooks/backoff';
import type { ClaimedDelivery } from './webhooks/delivery-queue';
import {
  claimDue,
  pruneOutbox,
  recordDelivered,
  recordFailure,
  releaseClaim,
} from './webhooks/delivery-queue';
import { sendWebhook } from './webhooks/send-webhook';

export interface WebhookWorkerSettings {
  pollMs: number;
  /** Deliveries sent at once per round. */
  batch: number;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Delivered and failed entries older than this are deleted. */
  retentionMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WebhookWorkerSettings = {
  pollMs: 1_000,
  batch: 20,
  timeoutMs: 5_000,
  retry: DEFAULT_RETRY,
  retentionMs: 14 * 24 * 60 * 60_000,
};

export interface WebhookWorkerOptions extends Partial<WebhookWorkerSettings> {
  client: SqlClient;
  now: () => number;
  serverAddress: () => ServerAddress | null;
  onError: (error: unknown) => void;
}

export interface WebhookWorker {
  /** Stops claiming, interrupts requests in flight (handing their rows back), then resolves. */
  stop(): Promise<void>;
}

const PRUNE_EVERY_MS = 60 * 60_000;

export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const s: WebhookWorkerSettings = { ...DEFAULT_WORKER_SETTINGS, ...options };
  const { client, now, onError } = options;
  const stopping = new AbortController();
  // Longer than any request may take, so a live worker's claim never runs out under it.
  const leaseMs = s.timeoutMs + 10_000;
  let lastPrune = 0;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  /** Why this row must not be sent at all, or null. */
  function refusal(d: ClaimedDelivery): string | null {
    if (!URL.canParse(d.url)) return 'Refused: not a URL';
    // Checked at creation too; this catches a server that moved to the URL's port since.
    if (targetsServer(new URL(d.url), options.serverAddress(), []))
      return 'Refused: the URL points at this Parley server';
    return null;
  }

  async function deliver(d: ClaimedDelivery): Promise<void> {
    const refused = refusal(d);
    if (refused !== null) {
      await recordFailure(client, d, { now: now(), status: null, error: refused, retryAt: null });
      return;
    }
    const result = await sendWebhook(
      { deliveryId: d.id, url: d.url, secret: d.secret, payload: d.payload },
      { timeoutMs: s.timeoutMs, stop: stopping.signal },
    );
    const at = now();
    if (result.ok) return recordDelivered(client, d, { now: at, status: result.status });
    if (result.interrupted) return releaseClaim(client, d, at);
    const delay = retryDelay(d.attempt, s.retry);
    await recordFailure(client, d, {
      now: at,
      status: result.status,
      error: result.error,
      retryAt: delay === null ? null : at + delay,
    });
  }

  async function round(): Promise<number> {
    const at = now();
    if (at - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = at;
      await pruneOutbox(client, at - s.retentionMs);
    }
    const claimed = await claimDue(client, at, { limit: s.batch, leaseMs });
    await Promise.all(claimed.map((d) => deliver(d).catch(onError)));
    return claimed.length;
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let sent = 0;
      try {
        sent = await round();
      } catch (error) {
        // The database may be briefly away; the next round tries again.
        if (!stopping.signal.aborted) onError(error);
      }
      if (sent === 0 && !stopping.signal.aborted) await sleep(s.pollMs);
    }
  })();

  return {
    async stop() {
      stopping.abort();
      wake?.();
      await loop;
    },
  };
}
