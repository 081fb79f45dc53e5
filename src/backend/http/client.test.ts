import { Hono, type Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, isSecureRequest, ownOrigin, UNKNOWN_ADDRESS } from './client';
import { DEFAULT_HTTP_SETTINGS, httpSettingsFromEnv } from './settings';

/** What a handler sees of a request from `socket`, with the given headers. */
async function seen<T>(
  read: (c: Context) => T,
  headers: Record<string, string> = {},
  socket?: string,
  url = 'http://parley.test/api/me',
): Promise<T> {
  let value: T | undefined;
  const app = new Hono().get('*', (c) => {
    value = read(c);
    return c.body(null, 204);
  });
  const env =
    socket === undefined ? undefined : { incoming: { socket: { remoteAddress: socket } } };
  await app.fetch(new Request(url, { headers }), env);
  return value as T;
}

const direct = { trustProxyHops: 0 };
const oneProxy = { trustProxyHops: 1 };

describe('clientAddress', () => {
  it("is the socket's address, whatever the forwarding headers say, unless a proxy is trusted", async () => {
    const xff = { 'x-forwarded-for': '198.51.100.1' };
    expect(await seen((c) => clientAddress(c, direct), xff, '203.0.113.9')).toBe('203.0.113.9');
    expect(await seen((c) => clientAddress(c, direct), xff)).toBe(UNKNOWN_ADDRESS);
    expect(await seen((c) => clientAddress(c, oneProxy), xff, '10.0.0.1')).toBe('198.51.100.1');
  });

  it("takes the right-most hop the trusted proxies did not add, and the socket's without one", async () => {
    const chain = { 'x-forwarded-for': 'spoofed, 198.51.100.1, 10.0.0.5' };
    const read = (hops: number) => (c: Context) => clientAddress(c, { trustProxyHops: hops });
    expect(await seen(read(1), chain, '10.0.0.1')).toBe('10.0.0.5');
    expect(await seen(read(2), chain, '10.0.0.1')).toBe('198.51.100.1');
    expect(await seen(read(1), {}, '10.0.0.1')).toBe('10.0.0.1');
    expect(await seen(read(9), chain, '10.0.0.1')).toBe('spoofed');
  });

  it('keys IPv4-mapped addresses as IPv4, ports dropped, and IPv6 by its /64', async () => {
    const read = (c: Context) => clientAddress(c, direct);
    expect(await seen(read, {}, '::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(await seen(read, {}, '2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(await seen(read, {}, '2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(await seen(read, {}, '::1')).toBe('0:0:0:0::/64');
    const proxied = (c: Context) => clientAddress(c, oneProxy);
    expect(await seen(proxied, { 'x-forwarded-for': '203.0.113.9:4711' }, '::1')).toBe(
      '203.0.113.9',
    );
    expect(await seen(proxied, { 'x-forwarded-for': '[2001:db8::7]:443' }, '::1')).toBe(
      '2001:db8:0:0::/64',
    );
  });
});

describe('isSecureRequest and ownOrigin', () => {
  it('believe X-Forwarded-Proto only from a trusted proxy', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const secure = (s: typeof DEFAULT_HTTP_SETTINGS) => (c: Context) => isSecureRequest(c, s);
    expect(await seen(secure(DEFAULT_HTTP_SETTINGS), https)).toBe(false);
    expect(await seen(secure({ ...DEFAULT_HTTP_SETTINGS, ...oneProxy }), https)).toBe(true);
    expect(await seen(secure({ ...DEFAULT_HTTP_SETTINGS, cookieSecure: true }))).toBe(true);
    const url = 'https://parley.test/api/me';
    expect(await seen(secure(DEFAULT_HTTP_SETTINGS), {}, undefined, url)).toBe(true);
    expect(await seen((c) => ownOrigin(c, direct), https)).toBe('http://parley.test');
    expect(await seen((c) => ownOrigin(c, oneProxy), https)).toBe('https://parley.test');
  });
});

describe('httpSettingsFromEnv', () => {
  it('takes the defaults when nothing is set', () => {
    expect(httpSettingsFromEnv({})).toEqual(DEFAULT_HTTP_SETTINGS);
  });

  it('reads every variable', () => {
    expect(
      httpSettingsFromEnv({
        PARLEY_TRUST_PROXY: 'true',
        PARLEY_COOKIE_SECURE: 'true',
        PARLEY_TRUSTED_ORIGINS: 'https://ui.example.com, http://localhost:5173',
        PARLEY_LOGIN_FAILURES_PER_EMAIL: '5',
        PARLEY_LOGIN_FAILURES_PER_ADDRESS: '50',
        PARLEY_INBOUND_PER_MINUTE: '120',
        PARLEY_STREAMS_PER_AGENT: '4',
      }),
    ).toMatchObject({
      trustProxyHops: 1,
      cookieSecure: true,
      trustedOrigins: ['https://ui.example.com', 'http://localhost:5173'],
      loginFailuresPerEmail: 5,
      loginFailuresPerAddress: 50,
      inboundPerMinute: 120,
      streamsPerAgent: 4,
    });
    expect(httpSettingsFromEnv({ PARLEY_TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
  });

  it('refuses values that cannot be meant, naming the variable', () => {
    expect(() => httpSettingsFromEnv({ PARLEY_INBOUND_PER_MINUTE: '0' })).toThrow(
      /PARLEY_INBOUND_PER_MINUTE/,
    );
    expect(() => httpSettingsFromEnv({ PARLEY_TRUST_PROXY: 'yes' })).toThrow(/PARLEY_TRUST_PROXY/);
    expect(() => httpSettingsFromEnv({ PARLEY_COOKIE_SECURE: 'on' })).toThrow(
      /PARLEY_COOKIE_SECURE/,
    );
    expect(() => httpSettingsFromEnv({ PARLEY_TRUSTED_ORIGINS: 'https://x.test/app' })).toThrow(
      /PARLEY_TRUSTED_ORIGINS/,
    );
  });
});
