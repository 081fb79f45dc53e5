// Names are judged by what they resolve to (SPEC 8), at subscription and again at delivery, and the
// request connects to the addresses that were checked: no second lookup for DNS to answer
// differently. A stubbed resolver plays DNS; every address it gives is loopback, so nothing here
// leaves the machine. The log names a failure's class, never the resolver's or the socket's text.
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEventType } from '../../src/domain';
import { parseAllowList } from '../../src/backend/service/webhook-address';
import type { RunningHost } from '../../server/host';
import { freshPglite } from '../server/databases';
import {
  deliveryLog,
  eventually,
  signIn,
  sleep,
  startReceiver,
  startTestHost,
  type Api,
  type Receiver,
} from '../server/webhook-kit';

const EVENTS: WebhookEventType[] = ['conversation_manual_push'];
const LOOP: LookupAddress = { address: '127.0.0.1', family: 4 };
const PUBLIC: LookupAddress = { address: '93.184.215.14', family: 4 };

let host: RunningHost;
let receiver: Receiver;
let admin: Api;
/** Every name the host asked the resolver for, in order. */
const asked: string[] = [];
let rebound = false;

async function lookup(hostname: string): Promise<LookupAddress[]> {
  asked.push(hostname);
  switch (hostname) {
    case 'alias.test': // like an /etc/hosts alias of 127.0.0.1
      return [LOOP];
    case 'mixed.test':
      return [PUBLIC, { address: '::ffff:169.254.169.254', family: 6 }];
    case 'rebind.test': // public when checked at subscription, loopback once deliveries start
      return rebound ? [LOOP] : [PUBLIC];
    case 'receiver.test': // allowed by the operator, resolvable only through this stub
      return [LOOP];
    default:
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (resolver 10.1.2.3)`), {
        code: 'ENOTFOUND',
      });
  }
}

/** A loopback port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

beforeAll(async () => {
  receiver = await startReceiver();
  host = await startTestHost({
    database: (await freshPglite()).client,
    webhookAllow: parseAllowList('receiver.test'),
    webhookLookup: lookup,
    webhooks: { retry: { baseMs: 1_000, capMs: 1_000, maxAttempts: 1 } },
  });
  admin = await signIn(host.url);
}, 60_000);
afterAll(async () => {
  await host?.close();
  await receiver?.close();
});

const subscribe = (url: string) => admin.send('POST', '/api/webhooks', { url, events: EVENTS });
const closeOne = async () => {
  const id = await admin.inbound();
  await admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
  return id;
};
const onlyDelivery = async (webhookId: number) => {
  let row: Awaited<ReturnType<typeof deliveryLog>>[number] | undefined;
  await eventually(async () => {
    [row] = await deliveryLog(admin, webhookId);
    expect(row?.status).toBe('failed');
  });
  return row;
};

describe('webhook egress', () => {
  it('refuses a name that resolves to a non-public address, without saying which (422)', async () => {
    for (const name of ['alias.test', 'mixed.test']) {
      const res = await subscribe(`http://${name}:${receiver.port}/hook`);
      const body = (await res.json()) as { error: { message: string } };
      expect({ name, status: res.status }).toEqual({ name, status: 422 });
      expect(body.error.message).toContain(`${name} resolves to an address that is not public`);
      expect(body.error.message).not.toMatch(/127\.0\.0\.1|169\.254/);
    }
    // The operator's allow list does not reach what it does not name.
    expect((await subscribe(`http://127.0.0.1:${receiver.port}/hook`)).status).toBe(422);
  });

  it('checks again at delivery, and sends nothing to a name that now resolves inward', async () => {
    const res = await subscribe(`http://rebind.test:${receiver.port}/rebind`);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    rebound = true;
    await closeOne();
    expect(await onlyDelivery(id)).toMatchObject({
      lastError: 'blocked address',
      responseStatus: null,
    });
    await sleep(100);
    expect(receiver.requests.filter((r) => r.path.startsWith('/rebind'))).toEqual([]);
  });

  it('connects to the address it checked, asking the resolver once per attempt', async () => {
    const res = await subscribe(`http://receiver.test:${receiver.port}/named`);
    expect(res.status).toBe(201);
    const before = asked.filter((n) => n === 'receiver.test').length;
    const conversation = await closeOne();
    await eventually(() =>
      expect(receiver.requests.filter((r) => r.path === '/named')).toHaveLength(1),
    );
    const [got] = receiver.requests.filter((r) => r.path === '/named');
    expect(got?.headers.host).toBe(`receiver.test:${receiver.port}`);
    expect(got?.payload.data.conversationId).toBe(conversation);
    expect(asked.filter((n) => n === 'receiver.test').length - before).toBe(1);
  });

  it('logs failure classes, never resolver or socket text', async () => {
    const port = await closedPort();
    const refused = (await (await subscribe(`http://receiver.test:${port}/`)).json()) as {
      id: number;
    };
    const unknown = (await (await subscribe('http://gone.test/hook')).json()) as { id: number };
    await closeOne();
    expect(await onlyDelivery(refused.id)).toMatchObject({ lastError: 'refused' });
    expect(await onlyDelivery(unknown.id)).toMatchObject({ lastError: 'name not resolved' });
    for (const id of [refused.id, unknown.id])
      for (const row of await deliveryLog(admin, id))
        expect(row.lastError).not.toMatch(/ECONN|getaddrinfo|ENOTFOUND|10\.1\.2\.3|127\.0\.0\.1/);
  });
});
