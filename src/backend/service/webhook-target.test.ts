import { describe, expect, it } from 'vitest';
import { isLoopbackHost, targetsServer } from './webhook-target';

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
