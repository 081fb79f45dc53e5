// What the API suite runs against: the app built around any Store, a clock the tests move, and
// signed-in clients with their own cookie jars. The Store is the only thing a host supplies.
import { inboundResultSchema } from '../../src/api';
import { createApp } from '../../src/backend/app';
import { createChangeHub } from '../../src/backend/change-hub';
import { createSignalHub } from '../../src/backend/signal-hub';
import { resolveDeps } from '../../src/backend/deps';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  DEMO_TOKENS,
  seedDemo,
  type DemoSummary,
} from '../../src/backend/demo-data';
import { plainPasswords } from '../../src/backend/plain-passwords';
import { tickClock } from '../../src/backend/service/clock';
import { SESSION_COOKIE } from '../../src/backend/session-transport';
import type { OutboxEntry, Store } from '../../src/backend/store';

/** What a host gives the suite: a fresh, empty Store. */
export interface StoreHarness {
  store: Store;
  close(): Promise<void>;
}
export type HarnessOptions = Record<string, never>;
export type MakeStoreHarness = (opts: HarnessOptions) => Promise<StoreHarness>;

export const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
export const ORIGIN = 'http://parley.test';

export interface Client {
  readonly email: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

export type Who = keyof typeof DEMO_EMAILS;

export interface ApiHarness {
  store: Store;
  demo: DemoSummary;
  now(): number;
  setNow(ms: number): void;
  advance(ms: number): void;
  /** Without a session. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  signIn(email: string, password?: string): Promise<Client>;
  as(who: Who): Promise<Client>;
  inbound(opts?: {
    channel?: 'chat' | 'email';
    email?: string;
    name?: string;
    body?: string;
    token?: string;
    conversationId?: number;
  }): Promise<{ conversationId: number; created: boolean; email: string }>;
  outbox(orgId: number): Promise<OutboxEntry[]>;
  tick(): Promise<number>;
  close(): Promise<void>;
}

let contactSeq = 0;

export async function buildHarness(make: MakeStoreHarness): Promise<ApiHarness> {
  const base = await make({});
  let clock = T0;
  const changes = createChangeHub();
  const signals = createSignalHub();
  const deps = {
    store: base.store,
    now: () => clock,
    passwords: plainPasswords,
    changes,
    signals,
    heartbeatMs: 100,
    onError: () => undefined,
  };
  const app = createApp(deps);
  const demo = await seedDemo(base.store, { passwords: plainPasswords, now: T0 });

  const raw = async (path: string, init?: RequestInit): Promise<Response> =>
    app.fetch(new Request(path.startsWith('http') ? path : `${ORIGIN}${path}`, init));

  const clientFor = (email: string, cookie: string): Client => {
    let jar = cookie;
    const fetchWith = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (jar) headers.set('cookie', `${SESSION_COOKIE}=${jar}`);
      const res = await raw(path, { ...init, headers });
      const set = res.headers.get('set-cookie');
      if (set?.startsWith(`${SESSION_COOKIE}=`))
        jar = /Max-Age=0/i.test(set) ? '' : (set.split(';')[0]?.split('=')[1] ?? '');
      return res;
    };
    return {
      email,
      fetch: fetchWith,
      get: (path, headers) => fetchWith(path, { headers: headers ?? {} }),
      send: (method, path, body, headers = {}) =>
        fetchWith(path, {
          method,
          headers:
            body === undefined ? headers : { 'content-type': 'application/json', ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
    };
  };

  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    const res = await raw('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0]?.split('=')[1] ?? '';
    return clientFor(email, cookie);
  };

  return {
    store: base.store,
    demo,
    now: () => clock,
    setNow: (ms) => {
      clock = ms;
    },
    advance: (ms) => {
      clock += ms;
    },
    fetch: raw,
    signIn,
    as: (who) => signIn(DEMO_EMAILS[who]),
    async inbound(opts = {}) {
      contactSeq += 1;
      const email =
        opts.email ?? `contact-${contactSeq}-${Math.floor(clock / 1000)}@customers.test`;
      const res = await raw('/api/inbound', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${opts.token ?? DEMO_TOKENS.acme}`,
        },
        body: JSON.stringify({
          channel: opts.channel ?? 'chat',
          contact: { email, name: opts.name ?? `Customer ${contactSeq}` },
          body: opts.body ?? 'Hello, I need help',
          ...(opts.conversationId !== undefined ? { conversationId: opts.conversationId } : {}),
        }),
      });
      if (res.status !== 201)
        throw new Error(`inbound answered ${res.status}: ${await res.text()}`);
      return { ...inboundResultSchema.parse(await res.json()), email };
    },
    outbox: (orgId) => base.store.transaction((tx) => tx.listOutbox(orgId)),
    tick: () => tickClock(resolveDeps(deps)),
    close: () => base.close(),
  };
}
