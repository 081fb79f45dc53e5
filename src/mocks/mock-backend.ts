// The backend behind the mock API: the real Hono app over a memory Store with the demo data, the
// browser's clock, and the mock session (see mock-session.ts). One per page, or one per test run.
import { createApp } from '../backend/app';
import { createChangeHub } from '../backend/change-hub';
import { createSignalHub } from '../backend/signal-hub';
import { createClockTicker } from '../backend/clock';
import { seedBulk, seedDemo, type DemoSummary } from '../backend/demo-data';
import { viewStatuses } from '../domain';
import { createMemoryStore, type MemoryStore } from '../backend/memory-store/memory-store';
import { plainPasswords } from '../backend/plain-passwords';
import { SESSION_TTL_MS } from '../backend/session-transport';
import { createMockSessionTransport, type SessionPersistence } from './mock-session';

export interface MockBackendOptions {
  now?: () => number;
  seed?: number;
  /** Extra Acme conversations (the dataset-size scenario). */
  extraConversations?: number;
  /** Messages added to the newest open Acme conversation (the long-thread scenario, for bench/). */
  threadSize?: number;
  /** Where the session survives a reload: sessionStorage in the browser; none in tests. */
  persist?: SessionPersistence | null;
  /** How often the clock rules run (snooze wake-ups...); off unless given. */
  clockIntervalMs?: number | null;
}

export interface MockBackend {
  store: MemoryStore;
  /** Resolves once the demo data is in. */
  ready: Promise<DemoSummary>;
  fetch(request: Request): Promise<Response>;
  /** Starts this tab's session as that agent without the sign-in form (stories, tests). */
  signInAs(email: string): Promise<void>;
  signOut(): void;
  tick(): Promise<number>;
  dispose(): void;
}

/** Gives the first row of the Open view (newest first) `count` more messages, oldest first. */
async function seedLongThread(store: MemoryStore, orgId: number, count: number) {
  await store.transaction(async (tx) => {
    const [row] = await tx.listConversations(orgId, {
      statuses: viewStatuses('open'),
      sort: 'newest',
      limit: 1,
    });
    if (!row) return;
    // After its own messages in time too: a thread reads in time order.
    const [newest] = await tx.listMessages(orgId, row.id, { order: 'newest', limit: 1 });
    const start = (newest?.createdAt ?? row.createdAt) + 1;
    for (let n = 0; n < count; n += 1) {
      const fromContact = n % 3 !== 2;
      await tx.insertMessage({
        orgId,
        conversationId: row.id,
        type: 'chat',
        authorType: fromContact ? 'contact' : 'agent',
        authorId: fromContact ? row.contactId : (row.assigneeId ?? null),
        body: `Message ${n + 1} of ${count}: ${fromContact ? 'still waiting on the refund' : 'looking into it now'}.`,
        createdAt: start + n,
        mentions: [],
        idempotencyKey: null,
      });
    }
  });
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const now = options.now ?? (() => Date.now());
  const store = createMemoryStore();
  const session = createMockSessionTransport(options.persist ?? null);
  const changes = createChangeHub();
  const signals = createSignalHub();
  const deps = { store, now, passwords: plainPasswords, session, changes, signals };
  const app = createApp(deps);
  const tick = createClockTicker(deps);

  const ready = (async () => {
    const demo = await seedDemo(store, {
      passwords: plainPasswords,
      now: now(),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    if (options.extraConversations) {
      await seedBulk(store, {
        orgId: demo.acme.orgId,
        count: options.extraConversations,
        now: now(),
      });
    }
    if (options.threadSize) await seedLongThread(store, demo.acme.orgId, options.threadSize);
    // The demo data is deterministic, so the agent of a session saved before a reload still exists.
    const saved = session.saved();
    if (saved && saved.expiresAt > now()) {
      const agent = await store.transaction((tx) => tx.getAgent(saved.orgId, saved.agentId));
      if (agent) {
        await store.transaction((tx) => tx.createSession(saved));
        session.remember(saved);
      }
    }
    return demo;
  })();

  const timer =
    options.clockIntervalMs != null
      ? setInterval(() => {
          ready.then(() => tick()).catch(() => undefined);
        }, options.clockIntervalMs)
      : undefined;

  return {
    store,
    ready,
    fetch: async (request) => {
      await ready;
      return app.fetch(request);
    },
    async signInAs(email) {
      await ready;
      const agent = await store.transaction((tx) => tx.findAgentByEmail(email));
      if (!agent) throw new Error(`mock backend: no agent ${email}`);
      const created = {
        token: crypto.randomUUID(),
        agentId: agent.id,
        orgId: agent.orgId,
        expiresAt: now() + SESSION_TTL_MS,
      };
      await store.transaction((tx) => tx.createSession(created));
      session.remember(created);
    },
    signOut: () => session.forget(),
    tick: async () => {
      await ready;
      return tick();
    },
    dispose: () => clearInterval(timer),
  };
}
