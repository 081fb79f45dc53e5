// Delivers the webhook outbox: claims due deliveries (see webhooks/delivery-queue.ts), POSTs them
// signed, records the outcome, and retries with backoff. Every process may run one; the claims keep
// them from sending the same row at once.
//
// Fair by construction (SPEC 8): deliveries run concurrently, at most one at a time per endpoint
// (subscription), at most `perOrg` per org and `concurrency` in all, and a new one starts as soon as
// a slot frees, so a receiver that never answers holds one slot for one timeout, never a batch, and
// never another endpoint's queue. Endpoints that have been failing go after healthy ones and get
// at most half of the slots (of all, and of their org's), so dead receivers cannot crowd out live
// ones. Order per conversation holds because only a queue's head is ever claimable. With nothing
// to do the worker looks again every `pollMs`.
import { ALLOW_NONE, type AllowList } from '../src/backend/service/webhook-address';
import type { ServerAddress } from '../src/backend/service/webhook-target';
import { targetsServer } from '../src/backend/service/webhook-target';
import type { SqlClient } from './db/client';
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './webhooks/backoff';
import type { Candidate, ClaimedDelivery } from './webhooks/delivery-queue';
import {
  claim,
  dueCandidates,
  pruneOutbox,
  recordDelivered,
  recordFailure,
  releaseClaim,
} from './webhooks/delivery-queue';
import { resolveEgress, systemLookup, type Lookup } from './webhooks/egress';
import { createAgents, sendWebhook, type SendResult } from './webhooks/send-webhook';

export interface WebhookWorkerSettings {
  pollMs: number;
  /** Deliveries in flight at once, all endpoints together. */
  concurrency: number;
  /** Deliveries in flight at once for one org's endpoints; one endpoint never has two. */
  perOrg: number;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Delivered and failed entries older than this are deleted. */
  retentionMs: number;
  /** An endpoint whose every attempt has failed for this long is disabled. */
  disableAfterMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WebhookWorkerSettings = {
  pollMs: 1_000,
  concurrency: 64,
  perOrg: 16,
  timeoutMs: 5_000,
  retry: DEFAULT_RETRY,
  retentionMs: 14 * 24 * 60 * 60_000,
  disableAfterMs: 3 * 24 * 60 * 60_000,
};

export interface WebhookWorkerOptions extends Partial<WebhookWorkerSettings> {
  client: SqlClient;
  now: () => number;
  serverAddress: () => ServerAddress | null;
  onError: (error: unknown) => void;
  /** Hosts and ranges allowed beyond public addresses (`PARLEY_WEBHOOK_ALLOW_HOSTS`). */
  allow?: AllowList;
  /** How host names are resolved: the system resolver unless a test stubs it. */
  lookup?: Lookup;
}

export interface WebhookWorker {
  /** Stops claiming, interrupts requests in flight (handing their rows back), then resolves. */
  stop(): Promise<void>;
  /** Stops claiming and lets the attempts in flight finish and be recorded (a graceful stop). */
  drain(): Promise<void>;
}

const PRUNE_EVERY_MS = 60 * 60_000;
/** Candidates read per round: one per endpoint with due work, so this only bounds a huge fleet. */
const CANDIDATES = 1_000;

interface InFlight {
  orgId: number;
  failing: boolean;
}

/**
 * Which candidates to start, in the order given (healthy endpoints first): within the free slots
 * and each org's share, failing endpoints within half of both.
 */
export function pickFair(
  candidates: readonly Candidate[],
  inFlight: Iterable<InFlight>,
  limits: { concurrency: number; perOrg: number },
): number[] {
  const half = (n: number) => Math.max(1, Math.floor(n / 2));
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  const at = (key: string) => count.get(key) ?? 0;
  let total = 0;
  for (const d of inFlight) {
    total += 1;
    bump(`org ${d.orgId}`);
    if (d.failing) {
      bump('failing');
      bump(`failing ${d.orgId}`);
    }
  }
  const chosen: number[] = [];
  for (const c of candidates) {
    if (total >= limits.concurrency) break;
    if (at(`org ${c.orgId}`) >= limits.perOrg) continue;
    if (c.failing) {
      if (at('failing') >= half(limits.concurrency)) continue;
      if (at(`failing ${c.orgId}`) >= half(limits.perOrg)) continue;
      bump('failing');
      bump(`failing ${c.orgId}`);
    }
    bump(`org ${c.orgId}`);
    total += 1;
    chosen.push(c.id);
  }
  return chosen;
}

export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const s: WebhookWorkerSettings = { ...DEFAULT_WORKER_SETTINGS, ...options };
  const { client, now, onError } = options;
  const allow = options.allow ?? ALLOW_NONE;
  const lookup = options.lookup ?? systemLookup;
  const agents = createAgents();
  const stopping = new AbortController();
  /** Aborted by stop and drain alike: no more claims. `stopping` also interrupts sends. */
  const halting = new AbortController();
  // Longer than any attempt may take (lookup and request), so a live worker's claim never runs out
  // under it.
  const leaseMs = 2 * s.timeoutMs + 10_000;
  let lastPrune = 0;
  let wake: (() => void) | null = null;
  let poked = false;
  /** Endpoint (subscription) id → its org and health, for each delivery in flight. */
  const inFlight = new Map<number, InFlight>();
  const running = new Set<Promise<void>>();

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

  /** A slot freed: look for work now rather than at the next poll. */
  const poke = () => {
    poked = true;
    wake?.();
  };

  async function attempt(d: ClaimedDelivery): Promise<SendResult | 'unsendable'> {
    if (!URL.canParse(d.url)) return 'unsendable';
    const url = new URL(d.url);
    // Checked at creation too; this catches a server that moved to the URL's port since.
    if (targetsServer(url, options.serverAddress(), [])) return 'unsendable';
    const policy = { server: options.serverAddress(), allow, lookup };
    const egress = await resolveEgress(url, policy, s.timeoutMs);
    if (!egress.ok) return { ok: false, status: null, error: egress.error, interrupted: false };
    return sendWebhook(
      {
        deliveryId: d.key,
        url: d.url,
        secret: d.secret,
        previousSecret: d.previousSecret,
        payload: d.payload,
      },
      { timeoutMs: s.timeoutMs, stop: stopping.signal, addresses: egress.addresses, agents },
    );
  }

  async function deliver(d: ClaimedDelivery): Promise<void> {
    const result = await attempt(d);
    const at = now();
    if (result === 'unsendable') {
      const failure = { now: at, status: null, error: 'blocked address', retryAt: null };
      return recordFailure(client, d, { ...failure, disableAfterMs: s.disableAfterMs });
    }
    if (result.ok) return recordDelivered(client, d, { now: at, status: result.status });
    if (result.interrupted) return releaseClaim(client, d, at);
    const delay = retryDelay(d.attempt, s.retry);
    await recordFailure(client, d, {
      now: at,
      status: result.status,
      error: result.error,
      retryAt: delay === null ? null : at + delay,
      disableAfterMs: s.disableAfterMs,
    });
  }

  function start(d: ClaimedDelivery) {
    inFlight.set(d.subscriptionId, { orgId: d.orgId, failing: d.failing });
    const run: Promise<void> = deliver(d)
      .catch(onError)
      .finally(() => {
        inFlight.delete(d.subscriptionId);
        running.delete(run);
        poke();
      });
    running.add(run);
  }

  /** Starts what fits in the free slots; how many it started. */
  async function fill(): Promise<number> {
    const at = now();
    if (at - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = at;
      await pruneOutbox(client, at - s.retentionMs);
    }
    const free = s.concurrency - inFlight.size;
    if (free <= 0) return 0;
    const candidates = await dueCandidates(client, at, {
      busy: [...inFlight.keys()],
      limit: CANDIDATES,
    });
    const chosen = pickFair(candidates, inFlight.values(), s);
    const claimed = await claim(client, chosen, at, leaseMs);
    if (halting.signal.aborted) {
      await Promise.all(claimed.map((d) => releaseClaim(client, d, at)));
      return 0;
    }
    for (const d of claimed) start(d);
    return claimed.length;
  }

  const loop = (async () => {
    while (!halting.signal.aborted) {
      poked = false;
      let started = 0;
      try {
        started = await fill();
      } catch (error) {
        // The database may be briefly away; the next round tries again.
        if (!halting.signal.aborted) onError(error);
      }
      if (started === 0 && !poked && !halting.signal.aborted) await sleep(s.pollMs);
    }
    await Promise.all(running);
  })();

  return {
    async stop() {
      halting.abort();
      stopping.abort();
      wake?.();
      await loop;
      agents.destroy();
    },
    async drain() {
      halting.abort();
      wake?.();
      await loop;
      agents.destroy();
    },
  };
}
