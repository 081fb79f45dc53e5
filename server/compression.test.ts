import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressed, createCompressedCopies } from './compression';

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

describe('compressed copies', () => {
  const tagged = (body: unknown, etag: string) =>
    new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json', etag },
    });

  it('compresses a tagged body once per coding and sends the kept copy after', async () => {
    const copies = createCompressedCopies();
    const first = await compressed(request('br'), tagged(big, 'W/"a.1"'), copies);
    const firstBytes = Buffer.from(await first.arrayBuffer());
    // Same tag: the kept copy goes out, whatever the body handed in (it is not read).
    const again = await compressed(request('br'), tagged({ other: true }, 'W/"a.1"'), copies);
    expect(Buffer.from(await again.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(again.headers.get('content-encoding')).toBe('br');
    expect(again.headers.get('etag')).toBe('W/"a.1"');
    // Another coding, or another tag, is compressed from the body it comes with.
    const gzip = await compressed(request('gzip'), tagged(big, 'W/"a.1"'), copies);
    expect(JSON.parse(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString())).toEqual(big);
    const next = { data: [...big.data, { id: 50, name: 'Contact 50' }] };
    const moved = await compressed(request('br'), tagged(next, 'W/"a.2"'), copies);
    expect(
      JSON.parse(brotliDecompressSync(Buffer.from(await moved.arrayBuffer())).toString()),
    ).toEqual(next);
  });

  it('keeps no copy of an untagged body', async () => {
    const copies = createCompressedCopies();
    await compressed(request('br'), json(big), copies);
    const other = { data: big.data.slice(1) };
    const res = await compressed(request('br'), json(other), copies);
    expect(
      JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()),
    ).toEqual(other);
  });

  it('lets the least recently used copies go beyond its budget', () => {
    const copies = createCompressedCopies(10);
    copies.set('a', Buffer.alloc(4));
    copies.set('b', Buffer.alloc(4));
    copies.get('a');
    copies.set('c', Buffer.alloc(4));
    expect(copies.get('b')).toBeUndefined();
    expect(copies.get('a')?.length).toBe(4);
    expect(copies.get('c')?.length).toBe(4);
  });
});
