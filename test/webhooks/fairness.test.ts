// A dead receiver delays only its own deliveries (SPEC 8): ten subscriptions of one org to a sink
// that accepts connections and never answers, fed by syncs, hold neither another org's delivery
// nor another subscription of the same org for more than a moment.
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/backend/demo-data';
import type { WebhookEventType } from '../../src/domain';
import type { RunningHost } from '../../server/host';
import { createSqlStore } from '../../server/sql-store';
import { freshPglite } from '../server/databases';
import {
  eventually,
  signIn,
  sleep,
  startReceiver,
  startTestHost,
  type Api,
  type Receiver,
} from '../server/webhook-kit';

/** Accepts every connection on 127.0.0.1 and never says a word. */
async function startSink() {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    accepted: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const EVENTS: WebhookEventType[] = ['conversation_manual_push', 'conversation_push'];

let host: RunningHost;
let receiver: Receiver;
let sink: Awaited<ReturnType<typeof startSink>>;
let admin: Api;
let gina: Api;

beforeAll(async () => {
  receiver = await startReceiver();
  sink = await startSink();
  const db = await freshPglite();
  // The real attempt timeout: a dead receiver holds its request for the full 5 seconds.
  host = await startTestHost({ database: db.client, webhooks: { timeoutMs: 5_000 } });
  admin = await signIn(host.url);
  gina = await signIn(host.url, 'gina@globex.test');
  for (let i = 0; i < 10; i += 1)
    await admin.json('POST', '/api/webhooks', { url: `${sink.url}/dead-${i}`, events: EVENTS });
  await admin.json('POST', '/api/webhooks', { url: `${receiver.url}/acme`, events: EVENTS });
  // Globex has no admin in the demo data: its subscription is written as seeding would.
  const globex = (await gina.json<{ agent: { orgId: number } }>('GET', '/api/me')).agent.orgId;
  await createSqlStore(db.client).transaction((tx) =>
    tx.insertWebhook({
      orgId: globex,
      url: `${receiver.url}/globex`,
      events: EVENTS,
      secret: 'globex-secret-0123456789',
      createdAt: Date.now(),
    }),
  );
}, 60_000);

afterAll(async () => {
  await host?.close();
  await receiver?.close();
  await sink?.close();
});

/** A new Globex conversation, by its inbound API. */
async function globexConversation(): Promise<number> {
  const res = await fetch(`${host.url}/api/inbound`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${DEMO_TOKENS.globex}`,
    },
    body: JSON.stringify({
      channel: 'chat',
      contact: { email: `fair-${Date.now()}@customers.test`, name: 'Fair' },
      body: 'Hello',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { conversationId: number }).conversationId;
}

/** Milliseconds from `send` until the receiver has the conversation's push on `path`. */
async function timeToArrive(path: string, id: number, send: () => Promise<unknown>) {
  const started = Date.now();
  await send();
  await eventually(
    () =>
      expect(
        receiver.requests.some(
          (r) =>
            r.path === path &&
            r.payload.data.conversationId === id &&
            r.payload.type === 'conversation_push',
        ),
      ).toBe(true),
    15_000,
  );
  return Date.now() - started;
}

describe('fair delivery', () => {
  it('a sink that never answers, on 10 subscriptions, delays no other org or subscription', async () => {
    // Work for every dead subscription, on several conversations, so each has a backlog.
    const acme = [];
    for (let i = 0; i < 5; i += 1) acme.push(await admin.inbound());
    for (const id of acme) await admin.send('POST', `/api/conversations/${id}/sync`);
    await eventually(() => expect(sink.accepted()).toBeGreaterThanOrEqual(10));
    await sleep(300);
    for (const id of acme) await admin.send('POST', `/api/conversations/${id}/sync`);

    const theirs = await globexConversation();
    const other = await timeToArrive('/hook/globex', theirs, () =>
      gina.send('POST', `/api/conversations/${theirs}/sync`),
    );
    expect(other).toBeLessThan(2_000);

    const ours = await admin.inbound();
    const sibling = await timeToArrive('/hook/acme', ours, () =>
      admin.send('POST', `/api/conversations/${ours}/sync`),
    );
    expect(sibling).toBeLessThan(2_000);
    // Still stuck on the sink, one request per dead subscription at a time.
    expect(sink.accepted()).toBeLessThanOrEqual(20);
  }, 60_000);
});
