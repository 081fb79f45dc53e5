// The built app as the host serves it: the compressed copy the build wrote, by Accept-Encoding;
// hashed assets cached for good, index.html always revalidated.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';
import { IMMUTABLE, REVALIDATE, staticFiles } from './static-files';

const SCRIPT = `console.log(${JSON.stringify('parley '.repeat(2_000))});\n`;
const PAGE = `<!doctype html><title>Parley</title><div id="root"></div>${'<!-- -->'.repeat(200)}`;
const CONVERSATION_PAGE = PAGE.replace(
  '</title>',
  '</title><link rel="modulepreload" href="/x.js">',
);

let root: string;
let app: ReturnType<typeof staticFiles>;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), PAGE);
  await writeFile(join(root, 'assets', 'index-AbC123.js'), SCRIPT);
  await writeFile(join(root, 'assets', 'tiny-AbC123.css'), 'body{margin:0}');
  await precompressDir(root);
  app = staticFiles(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`http://localhost${path}`, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the build', () => {
  it('writes Brotli and gzip copies next to each compressible file, but not tiny ones', () => {
    for (const file of ['assets/index-AbC123.js', 'index.html']) {
      expect(existsSync(join(root, `${file}.br`))).toBe(true);
      expect(existsSync(join(root, `${file}.gz`))).toBe(true);
    }
    expect(existsSync(join(root, 'assets', 'tiny-AbC123.css.br'))).toBe(false);
  });
});

describe('a hashed asset', () => {
  const path = '/assets/index-AbC123.js';

  it('is sent as Brotli to a client that accepts it', async () => {
    const res = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('is sent as gzip to a client that accepts only gzip', async () => {
    const res = await get(path, { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(await bytes(res)).toString()).toBe(SCRIPT);
  });

  it('is sent as it is otherwise, still varying by Accept-Encoding', async () => {
    const variants: Record<string, string>[] = [{ 'accept-encoding': 'identity' }, {}];
    for (const headers of variants) {
      const res = await get(path, headers);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect((await bytes(res)).toString()).toBe(SCRIPT);
    }
  });

  it('is cached for good, whichever coding it travels in', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await get(path, { 'accept-encoding': encoding });
      expect({ encoding, cache: res.headers.get('cache-control') }).toEqual({
        encoding,
        cache: 'public, max-age=31536000, immutable',
      });
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('answers a matching If-None-Match with 304, per coding', async () => {
    const br = await get(path, { 'accept-encoding': 'br' });
    const plain = await get(path, { 'accept-encoding': 'identity' });
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const again = await get(path, {
      'accept-encoding': 'br',
      'if-none-match': br.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(IMMUTABLE);
  });
});

describe('index.html', () => {
  it('is revalidated, never cached for good, at / and on client routes', async () => {
    for (const path of ['/', '/index.html', '/inbox/1/conversations/7', '/assets/gone-123.js']) {
      const res = await get(path, { accept: 'text/html', 'accept-encoding': 'br' });
      expect({ path, status: res.status, cache: res.headers.get('cache-control') }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
      });
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(await bytes(res)).toString()).toBe(PAGE);
    }
    expect(REVALIDATE).toBe('no-cache');
  });

  it('answers an address with a page of its own with that page, where the build wrote it', async () => {
    const withPages = await mkdtemp(join(tmpdir(), 'parley-static-pages-'));
    try {
      await writeFile(join(withPages, 'index.html'), PAGE);
      await mkdir(join(withPages, 'pages'));
      await writeFile(join(withPages, 'pages', 'conversation.html'), CONVERSATION_PAGE);
      const pages = staticFiles(withPages);
      const page = async (path: string) => {
        const res = await pages.request(`http://localhost${path}`, {
          headers: { accept: 'text/html' },
        });
        return {
          status: res.status,
          cache: res.headers.get('cache-control'),
          body: await res.text(),
        };
      };
      const conversation = { status: 200, cache: 'no-cache', body: CONVERSATION_PAGE };
      const index = { status: 200, cache: 'no-cache', body: PAGE };
      expect(await page('/inbox/1/conversations/7')).toEqual(conversation);
      expect(await page('/inbox/1/conversations/7/?view=open&sort=newest')).toEqual(conversation);
      expect(await page('/inbox/1')).toEqual(index);
      expect(await page('/inbox/1/conversations/7/more')).toEqual(index);
      expect(await page('/reports')).toEqual(index);
    } finally {
      await rm(withPages, { recursive: true, force: true });
    }
  });

  it('leaves a missing asset a 404 for anything but a navigation', async () => {
    const res = await get('/assets/gone-123.js', { accept: '*/*' });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBeNull();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await app.request('http://localhost/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
