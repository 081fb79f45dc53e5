// The body cap asks a request for its `body` only where the body must be counted as it streams in:
// on the Node host, asking builds a web Request and a web stream over Node's, for a GET too.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../api';
import { bodyCap } from './body-caps';
import type { AppEnv } from './env';
import { AppError } from '../app-error';
import { errorJson } from './middleware';

/** The request, with a count of the times anything asked it for its `body`. */
function watched(request: Request): { request: Request; bodyReads: () => number } {
  let reads = 0;
  const proxy = new Proxy(request, {
    get(target, property) {
      if (property === 'body') reads += 1;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { request: proxy, bodyReads: () => reads };
}

const app = new Hono<AppEnv>()
  .use(bodyCap)
  .all('*', (c) => c.text('read'))
  .onError((error, c) => (error instanceof AppError ? errorJson(c, error) : c.text('', 500)));

const JSON_BODY = JSON.stringify({ action: 'close', ids: [1, 2, 3] });

describe('bodyCap', () => {
  it('leaves the body of a GET and of a body of declared length alone', async () => {
    for (const init of [
      { method: 'GET' },
      { method: 'HEAD' },
      {
        method: 'POST',
        headers: { 'content-length': String(JSON_BODY.length) },
        body: JSON_BODY,
      },
    ]) {
      const { request, bodyReads } = watched(new Request('http://parley.test/api/x', init));
      const res = await app.fetch(request);
      expect({ method: init.method, status: res.status, bodyReads: bodyReads() }).toEqual({
        method: init.method,
        status: 200,
        bodyReads: 0,
      });
    }
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const { request, bodyReads } = watched(
      new Request('http://parley.test/api/x', {
        method: 'POST',
        headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
        body: JSON_BODY,
      }),
    );
    expect((await app.fetch(request)).status).toBe(413);
    expect(bodyReads()).toBe(0);
  });

  it('counts a body sent without a length as it streams in, and refuses one over the cap', async () => {
    const streamOf = (bytes: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes).fill(32));
          controller.close();
        },
      });
    // A stream's length is not declared (fetch's `duplex: 'half'` is not in the DOM types yet).
    const post = (bytes: number) =>
      new Request('http://parley.test/api/x', {
        method: 'POST',
        body: streamOf(bytes),
        duplex: 'half',
      } as RequestInit);
    const small = watched(post(10));
    expect((await app.fetch(small.request)).status).toBe(200);
    expect(small.bodyReads()).toBeGreaterThan(0);
    const large = watched(post(MAX_BODY_BYTES + 1));
    const refused = await app.fetch(large.request);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_large' } });
  });
});
