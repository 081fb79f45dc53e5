// Hostile input that only the real host sees: its headers on answers that carry attacker text,
// webhooks aimed at the port it really listens on, and requests only a raw socket can send.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from './families/xss';
import { startServer, type RunningHost } from '../../server/host';
import { createPasswords } from '../../server/passwords';
import { SECURITY_HEADERS } from '../../server/security-headers';

// Cheap scrypt: the cost travels inside each hash, and this test is about the host.
const passwords = createPasswords({ N: 2 ** 10, r: 8, p: 1 });
const SLOW = 120_000;

let host: RunningHost;
let cookie = '';
beforeAll(async () => {
  host = await startServer({
    port: 0,
    distDir: '/nonexistent',
    passwords,
    log: () => undefined,
    clockIntervalMs: 0,
    webhooks: false,
  });
  const res = await fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@acme.test', password: 'demo-password' }),
  });
  cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
}, SLOW);
afterAll(() => host.close());

/** Text and JSON only, never sniffed as HTML, never framed, no inline script: on every answer. */
function expectSafeJson(res: Response): void {
  expect(res.headers.get('content-type')).toMatch(/^application\/json\b/);
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect({ name, value: res.headers.get(name) }).toEqual({ name, value });
}

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** One request written to a socket byte for byte; the status line of the answer. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.slice(0, answer.indexOf('\r\n')));
      }
    });
    socket.on('error', reject);
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
  });
}

describe('the host answers attacker text as JSON, with its security headers', () => {
  it.each(XSS_PAYLOADS)('a contact named %s', async (payload) => {
    const created = await send(
      'POST',
      '/api/inbound',
      { channel: 'chat', contact: { email: 'xss@customers.test', name: payload }, body: payload },
      { authorization: 'Bearer acme-demo-inbox-token' },
    );
    expect(created.status).toBe(201);
    expectSafeJson(created);
    const { conversationId } = (await created.json()) as { conversationId: number };
    const read = await send('GET', `/api/conversations/${conversationId}/messages`);
    expectSafeJson(read);
    const thread = (await read.json()) as { data: { body: string }[] };
    expect(thread.data.map((m) => m.body)).toContain(payload);
  });

  it('and error answers that echo it', async () => {
    for (const res of [
      await send('POST', '/api/conversations/bulk', { action: '<script>alert(1)</script>' }),
      await send('GET', '/api/conversations/%3Cscript%3E'),
      await send('POST', '/api/webhooks', '<img src=x onerror=alert(1)>'),
      await fetch(`${host.url}/api/me`),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectSafeJson(res);
    }
  });
});

describe('a webhook cannot target the port this host listens on', () => {
  const selves = (port: number) => [
    `http://127.0.0.1:${port}/api/inbound`,
    `http://localhost:${port}/api/session`,
    `http://LOCALHOST:${port}/`,
    `http://localhost.:${port}/`,
    `http://[::1]:${port}/api/inbound`,
    `http://0.0.0.0:${port}/`,
    `http://127.1:${port}/`,
    `http://2130706433:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://127.255.255.254:${port}/`,
  ];

  it('by any spelling of loopback', async () => {
    for (const url of selves(host.port)) {
      const res = await send('POST', '/api/webhooks', { url, events: ['conversation_push'] });
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      expectSafeJson(res);
    }
    const list = await send('GET', '/api/webhooks');
    expect(((await list.json()) as { data: unknown[] }).data).toEqual([]);
  });
});

describe('requests only a raw socket can send', () => {
  it.each([
    ['TRACE', 'TRACE /api/me HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an unnormalised ../', 'GET /api/conversations/../me HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a path escaping the root', 'GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'],
    [
      'an absolute URL to another host',
      'GET http://evil.example/api/me HTTP/1.1\r\nHost: x\r\n\r\n',
    ],
    [
      'both Content-Length and Transfer-Encoding (smuggling)',
      'POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
    ['a NUL in the path', 'GET /api/conversations/1\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['no Host header', 'GET /api/me HTTP/1.1\r\n\r\n'],
  ])('%s answers 4xx, never 5xx', async (_name, request) => {
    const status = Number((await raw(request)).split(' ')[1]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('CONNECT (a proxy tunnel) gets the connection closed, with no answer', async () => {
    expect(await raw('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n')).toBe('');
  });
});
