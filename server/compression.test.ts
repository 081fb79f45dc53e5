import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressed } from './compression';

const request = (acceptEncoding?: string) =>
  new Request('http://localhost/api/conversations', {
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const big = { data: Array.from({ length: 50 }, (_, id) => ({ id, name: `Contact ${id}` })) };

describe('chooseEncoding', () => {
  it.each([
    [null, null],
    ['', null],
    ['identity', null],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['gzip;q=0', null],
  ] as const)('%s gives %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('compressed', () => {
  it('sends a large JSON answer as Brotli that decodes to the same text', async () => {
    const res = await compressed(request('gzip, br'), json(big));
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const packed = Buffer.from(await res.arrayBuffer());
    expect(packed.length).toBeLessThan(JSON.stringify(big).length / 2);
    expect(JSON.parse(brotliDecompressSync(packed).toString())).toEqual(big);
  });

  it('keeps the status of an error answer', async () => {
    const error = new Response(JSON.stringify(big), {
      status: 409,
      headers: { 'content-type': 'application/json' },
    });
    const res = await compressed(request('br'), error);
    expect(res.status).toBe(409);
  });

  it('sends small answers, and answers to clients that accept no coding, as they are', async () => {
    const small = await compressed(request('br'), json({ ok: true }));
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    const plain = await compressed(request(), json(big));
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);
  });

  it('passes event streams through untouched', async () => {
    const stream = new Response('data: 1\n\n', {
      headers: { 'content-type': 'text/event-stream' },
    });
    expect(await compressed(request('br'), stream)).toBe(stream);
  });
});
