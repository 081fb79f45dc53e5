// Test helpers for the clock, the webhook worker and the event stream: a local receiver that
// records what arrives, a host with a clock the test moves, and signed-in requests. Test use only.
import { expect } from 'vitest';
import { webhookDeliveryListSchema } from '../../src/api';
import { DEMO_TOKENS, ensureDemoData } from '../../src/backend/demo-data';
import { parseAllowList } from '../../src/backend/service/webhook-address';
import { createPgliteClient } from '../../server/db/pglite-client';
import { startServer, type HostOptions, type RunningHost } from '../../server/host';
import { createPasswords } from '../../server/passwords';
import { pgliteTemplate } from './pglite-template';
import { createSqlStore } from '../../server/sql-store';

export { startReceiver, type Received, type Receiver } from './receiver';

export const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
/** Cheap scrypt: these tests are about time and delivery, not about passwords. */
export const passwords = createPasswords({ N: 2 ** 10, r: 8, p: 1 });

/**
 * Polls until `check` stops throwing (an `expect` inside it), or fails with its last error. The
 * limit only matters on failure: a busy 2-core machine can take seconds over a clock jump of days.
 */
export async function eventually(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An agent's event stream on a host: what it has sent so far, read on until a test holds. */
export interface EventStream {
  /** Reads until `until` holds for the text received so far; throws if the stream ends first. */
  readUntil: (until: (text: string) => boolean) => Promise<void>;
  text: () => string;
  stop: () => void;
}

/** Opens `/api/events` on the host at `url` and reads until it says it is ready. */
export async function openEventStream(url: string, api: Api): Promise<EventStream> {
  const stop = new AbortController();
  const res = await fetch(`${url}/api/events`, {
    headers: { cookie: api.cookie },
    signal: stop.signal,
  });
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no stream');
  const decoder = new TextDecoder();
  let text = '';
  const readUntil = async (until: (t: string) => boolean) => {
    while (!until(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      text += decoder.decode(value, { stream: true });
    }
  };
  try {
    await readUntil((t) => t.includes('event: ready'));
  } catch (error) {
    stop.abort();
    throw error;
  }
  return { readUntil, text: () => text, stop: () => stop.abort() };
}

/** A signed-in admin of Acme speaking HTTP to a running host. */
export interface Api {
  /** The session cookie, for requests made by hand (an event stream). */
  cookie: string;
  get(path: string): Promise<Response>;
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /**
   * A contact's message through the inbound API: a new contact (so a new conversation) unless
   * `email` names one that wrote before. Returns the conversation id.
   */
  inbound(opts?: { channel?: 'chat' | 'email'; email?: string }): Promise<number>;
}

let contacts = 0;

export async function signIn(url: string, email = 'admin@acme.test'): Promise<Api> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const send = (method: string, path: string, body?: unknown, headers = {}) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    cookie,
    get: (path) => send('GET', path),
    send,
    async json<T>(method: string, path: string, body?: unknown) {
      const answer = await send(method, path, body);
      if (answer.status >= 300)
        throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
      return (await answer.json()) as T;
    },
    async inbound(opts = {}) {
      contacts += 1;
      const answer = await fetch(`${url}/api/inbound`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${DEMO_TOKENS.acme}`,
        },
        body: JSON.stringify({
          channel: opts.channel ?? 'chat',
          contact: {
            email: opts.email ?? `kit-${contacts}-${Date.now()}@customers.test`,
            name: `Kit ${contacts}`,
          },
          body: 'Hello, I need help',
        }),
      });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { conversationId: number }).conversationId;
    },
  };
}

/** A clock the test moves, shared by a host's requests, its clock rules and its worker. */
export function testClock(start = T0) {
  let at = start;
  return {
    now: () => at,
    set: (ms: number) => {
      at = ms;
    },
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/**
 * What the kits' hosts let webhooks reach besides public addresses: the loopback receivers of
 * receiver.ts (`PARLEY_WEBHOOK_ALLOW_HOSTS` in a real deployment; unset allows none).
 */
export const TEST_WEBHOOK_ALLOW = '127.0.0.1';

/**
 * A host that ticks and polls every few milliseconds (in-memory PGlite unless told otherwise),
 * whose webhooks may reach the loopback receivers.
 */
export function startTestHost(o: Partial<HostOptions> = {}): Promise<RunningHost> {
  return startServer({
    port: 0,
    hostname: '127.0.0.1',
    distDir: '/nonexistent',
    passwords,
    log: () => undefined,
    clockIntervalMs: 20,
    webhookAllow: parseAllowList(TEST_WEBHOOK_ALLOW),
    // These hosts test delivery: a status change's webhooks are due at once instead of after its
    // undo window (the undo suite and the two-process test keep the real window).
    undoWindowMs: 0,
    ...o,
    webhooks: o.webhooks === false ? false : { pollMs: 20, ...o.webhooks },
  });
}

/**
 * A DATA_DIR holding a migrated PGlite cluster with the demo data (cheap password hashes), as if
 * a server had run there before: a server started on it skips initdb and seeding, which are most
 * of a first start.
 */
export async function preparedDataDir(dataDir: string, now = Date.now()): Promise<void> {
  const client = await createPgliteClient({ dataDir, from: await pgliteTemplate() });
  try {
    await ensureDemoData(createSqlStore(client), { passwords, now });
  } finally {
    await client.close();
  }
}

/** Rows of a subscription's delivery log, newest first, checked against the API's schema. */
export async function deliveryLog(api: Api, webhookId: number) {
  const res = await api.get(`/api/webhooks/${webhookId}/deliveries`);
  expect(res.status).toBe(200);
  return webhookDeliveryListSchema.parse(await res.json()).data;
}
