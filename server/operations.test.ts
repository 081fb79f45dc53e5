// What an operator relies on: health and readiness probes, one JSON log line per request that
// never carries a credential, and a drain on stop that lets a webhook attempt in flight finish.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdTokenSchema } from '../src/api';
import { freshPglite } from '../test/server/databases';
import {
  eventually,
  signIn,
  startReceiver,
  startTestHost,
  type Api,
  type Receiver,
} from '../test/server/webhook-kit';
import type { SqlClient, SqlExecutor } from './db/client';
import type { RunningHost } from './host';
import { healthRoutes } from './health';

const lines: Record<string, unknown>[] = [];
const destination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let host: RunningHost;
let admin: Api;
let receiver: Receiver;
let db: SqlClient;
beforeAll(async () => {
  receiver = await startReceiver();
  db = (await freshPglite()).client;
  host = await startTestHost({
    // Kept open when the host stops, so the drain test can read what was recorded.
    database: { ...db, close: async () => undefined },
    requestLog: { level: 'info', destination },
    webhooks: { pollMs: 20, timeoutMs: 3_000 },
  });
  admin = await signIn(host.url);
}, 60_000);
afterAll(async () => {
  await host?.close();
  await receiver?.close();
  await db?.close();
});

describe('probes', () => {
  it('healthz answers while the process runs; readyz once the database answers with this schema', async () => {
    const health = await fetch(`${host.url}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    const ready = await fetch(`${host.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('readyz answers 503 while draining, with an old schema, or without a database', async () => {
    const answer = async (probe: SqlExecutor, draining = false) => {
      const res = await healthRoutes(probe, { draining: () => draining }).request('/readyz');
      return { status: res.status, body: await res.json() };
    };
    const at = (version: number): SqlExecutor => ({
      query: async <R>() => ({ rows: [{ version } as R], rowCount: 0 }),
      exec: async () => undefined,
    });
    expect(await answer(at(10), true)).toEqual({ status: 503, body: { status: 'draining' } });
    expect((await answer(at(1))).body).toMatchObject({ status: 'migrating', schema: 1 });
    const down: SqlExecutor = {
      query: () => Promise.reject(new Error('ECONNREFUSED')),
      exec: async () => undefined,
    };
    expect(await answer(down)).toEqual({ status: 503, body: { status: 'database unavailable' } });
  });
});

describe('API reference', () => {
  it('serves /api/docs with Scalar from this server, under a policy that allows only its styles inline', async () => {
    const page = await fetch(`${host.url}/api/docs`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    const html = await page.text();
    expect(html).toContain('data-url="/api/openapi.json"');
    expect(html).toContain('<script src="/api/docs/scalar.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${host.url}/api/docs/scalar.js`);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    const doc = await fetch(`${host.url}/api/openapi.json`);
    expect(await doc.json()).toMatchObject({ openapi: '3.1.0' });
    // The app's own pages keep the strict policy.
    const app = await fetch(`${host.url}/api/me`);
    expect(app.headers.get('content-security-policy')).toContain("style-src 'self';");
  });
});

describe('request log', () => {
  it('writes one line per request: id, route pattern, status, time and org, never a credential', async () => {
    const minted = createdTokenSchema.parse(
      await admin.json('POST', '/api/tokens', { name: 'log', scopes: ['conversations:read'] }),
    );
    const id = await admin.inbound();
    lines.length = 0;
    const res = await fetch(`${host.url}/api/conversations/${id}?secret=in-the-query`, {
      headers: { authorization: `Bearer ${minted.token}`, 'x-request-id': 'trace-42' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    await fetch(`${host.url}/healthz`);
    const find = (test: (l: Record<string, unknown>) => boolean) => lines.find(test);
    await eventually(() => expect(find((l) => l['route'] === '/healthz')).toBeTruthy());
    expect(find((l) => l['reqId'] === 'trace-42')).toMatchObject({
      level: 30,
      msg: 'request',
      reqId: 'trace-42',
      method: 'GET',
      route: '/api/conversations/:id',
      status: 200,
      orgId: expect.any(Number),
      ms: expect.any(Number),
    });
    expect(find((l) => l['route'] === '/healthz')).toMatchObject({ status: 200 });
    const text = JSON.stringify(lines);
    for (const secret of [
      minted.token,
      admin.cookie.split('=')[1] ?? '',
      'in-the-query',
      `/api/conversations/${id}`,
    ])
      expect(text).not.toContain(secret);
    // A made-up id is replaced; an unknown route still gets its line.
    lines.length = 0;
    const odd = await fetch(`${host.url}/api/nothing-here`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(() =>
      expect(find((l) => l['reqId'] === odd.headers.get('x-request-id'))).toMatchObject({
        status: 401,
        route: '/api/*',
      }),
    );
  });
});

describe('drain', () => {
  // Last: it stops the host.
  it('on a graceful stop, a webhook attempt in flight finishes and is recorded', async () => {
    receiver.respond = () => ({ status: 200, afterMs: 700 });
    const hook = await admin.json<{ id: number }>('POST', '/api/webhooks', {
      url: `${receiver.url}/drain`,
      events: ['conversation_manual_push'],
    });
    const id = await admin.inbound();
    await admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await eventually(() =>
      expect(receiver.requests.some((r) => r.path === '/hook/drain')).toBe(true),
    );
    const started = Date.now();
    await host.close({ drainMs: 5_000 });
    // The stop waited for the receiver's late answer and recorded it, instead of cutting it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    const { rows } = await db.query(
      `SELECT d.delivered_at, d.response_status FROM webhook_deliveries d
       WHERE d.subscription_id = $1`,
      [hook.id],
    );
    expect(rows).toEqual([{ delivered_at: expect.anything(), response_status: 200 }]);
    expect(receiver.requests.filter((r) => r.path === '/hook/drain')).toHaveLength(1);
  });
});
