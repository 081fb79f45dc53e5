import { describe, expect, it } from 'vitest';
import { ALLOW_NONE, parseAllowList } from './webhook-address';
import {
  blockedAddress,
  isLoopbackHost,
  refuseResolved,
  refuseTarget,
  targetsServer,
} from './webhook-target';

const server = { port: 3000, hosts: ['parley-box', '10.0.0.7', '[fe80::1]'] };
const hits = (url: string, requestHosts: string[] = []) =>
  targetsServer(new URL(url), server, requestHosts);

describe('targetsServer', () => {
  it.each([
    'http://localhost:3000/hook',
    'http://LOCALHOST.:3000/hook',
    'http://app.localhost:3000/',
    'http://127.0.0.1:3000/api/inbound',
    'http://127.9.8.7:3000/',
    // Spellings the URL parser turns into 127.0.0.1.
    'http://2130706433:3000/',
    'http://0x7f.1:3000/',
    'http://127.1:3000/',
    'http://0.0.0.0:3000/',
    'http://[::1]:3000/',
    'http://[::]:3000/',
    'http://[::ffff:127.0.0.1]:3000/',
    'http://parley-box:3000/',
    'http://10.0.0.7:3000/',
    'http://[fe80::1]:3000/',
    'http://user:pass@localhost:3000/',
  ])('refuses %s: this server at its own port', (url) => {
    expect(hits(url)).toBe(true);
  });

  it.each([
    'http://localhost:3001/hook',
    'http://127.0.0.1:8080/',
    'https://localhost/',
    'http://10.0.0.8:3000/',
    'https://hooks.example.com/',
  ])('allows %s: another port, or another machine', (url) => {
    expect(hits(url)).toBe(false);
  });

  it('refuses the host the request came in on, at its port or at 80/443 without one', () => {
    expect(hits('https://parley.example.com/hook', ['parley.example.com'])).toBe(true);
    expect(hits('http://parley.example.com./hook', ['parley.example.com'])).toBe(true);
    expect(hits('http://parley.example.com:8443/hook', ['parley.example.com'])).toBe(false);
    expect(hits('http://parley.example.com:8443/hook', ['parley.example.com:8443'])).toBe(true);
    expect(hits('http://parley.example.com/hook', ['parley.example.com:8443'])).toBe(false);
    expect(hits('http://parley.example.com/hook', ['not a host/%%', ''])).toBe(false);
  });

  it('without a known server address (the mock), checks only the request’s host', () => {
    expect(targetsServer(new URL('http://localhost:3000/'), null, [])).toBe(false);
    expect(targetsServer(new URL('http://localhost:5173/'), null, ['localhost:5173'])).toBe(true);
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback from look-alikes', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost.')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
    expect(isLoopbackHost('notlocalhost')).toBe(false);
    expect(isLoopbackHost('[::ffff:a00:1]')).toBe(false);
  });
});

describe('refuseTarget', () => {
  const policy = { server, requestHosts: ['parley.example.com'], allow: ALLOW_NONE };
  const refusal = (url: string, p = policy) => refuseTarget(new URL(url), p);

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://10.0.0.1/', 'private'],
    ['http://[::1]:8080/', 'loopback'],
    ['http://0x7f000001:4000/', 'loopback'],
    ['http://2130706433:4000/', 'loopback'],
    ['http://127.1:4000/', 'loopback'],
    ['http://[::ffff:127.0.0.1]:4000/', 'loopback'],
    ['http://[fd00::1]/', 'private'],
    ['http://0.0.0.0:4000/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://localhost:4000/', 'loopback'],
    ['http://app.localhost./', 'loopback'],
  ])('refuses %s at any port (%s)', (url, kind) => {
    expect(refusal(url)).toMatch(new RegExp(`public address.*${kind}`));
  });

  it("refuses this machine's own names and addresses at any port, and the request's host", () => {
    expect(refusal('http://parley-box:9999/')).toMatch(/own names or addresses/);
    expect(refusal('http://10.0.0.7:9999/')).toMatch(/own names or addresses/);
    expect(refusal('https://parley.example.com:8443/')).toMatch(/own names or addresses/);
    expect(refusal('http://127.0.0.1:3000/')).toMatch(/this Parley server itself/);
  });

  it('lets public addresses and names through (names are judged again once resolved)', () => {
    expect(refusal('https://hooks.example.com/')).toBeNull();
    expect(refusal('http://8.8.8.8:8080/')).toBeNull();
    expect(refusal('http://[2606:4700::1111]/')).toBeNull();
  });

  it('lets an operator allow hosts and ranges, never the server’s own port', () => {
    const allow = parseAllowList('127.0.0.1,10.0.0.0/8,receiver.test');
    const p = { ...policy, allow };
    expect(refusal('http://127.0.0.1:4000/', p)).toBeNull();
    expect(refusal('http://127.1:4000/', p)).toBeNull();
    expect(refusal('http://10.9.9.9/', p)).toBeNull();
    expect(refusal('http://receiver.test:4000/', p)).toBeNull();
    expect(refusal('http://127.0.0.2:4000/', p)).toMatch(/loopback/);
    expect(refusal('http://127.0.0.1:3000/', p)).toMatch(/this Parley server itself/);
  });
});

describe('refuseResolved and blockedAddress', () => {
  const url = new URL('https://hooks.example.com/');
  const p = { server, allow: ALLOW_NONE };

  it('refuses a name if any address it resolves to is not public, without naming it', () => {
    expect(refuseResolved(url, ['93.184.215.14'], p)).toBeNull();
    const refused = refuseResolved(url, ['93.184.215.14', '127.0.0.1'], p);
    expect(refused).toMatch(/resolves to an address that is not public/);
    expect(refused).not.toContain('127.0.0.1');
    expect(refuseResolved(url, ['::ffff:169.254.169.254'], p)).not.toBeNull();
    expect(refuseResolved(url, ['10.0.0.7'], p)).not.toBeNull();
  });

  it('allows what the operator allows, but never this server at its own port', () => {
    const allow = parseAllowList('127.0.0.0/8,named.test');
    expect(blockedAddress(url, ['127.0.0.1'], { server, allow })).toBeNull();
    expect(blockedAddress(new URL('http://x.test:3000/'), ['127.0.0.1'], { server, allow })).toBe(
      '127.0.0.1',
    );
    expect(
      blockedAddress(new URL('http://named.test/'), ['10.1.1.1'], { server, allow }),
    ).toBeNull();
    expect(blockedAddress(url, ['not an address'], p)).toBe('not an address');
  });
});
