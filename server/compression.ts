// The API's JSON answers, compressed when the client accepts it: an inbox page of 50 rows is about
// 33 KB of JSON and under 4 KB as Brotli, and the Brotli at quality 1 costs well under a
// millisecond, less than writing the difference to the socket. Event streams, answers without a
// body and small ones are sent as they are.
import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this, the headers and the work are not worth the bytes saved. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^application\/json\b/i;

type Encoding = 'br' | 'gzip';

/** The coding to use for a request's `Accept-Encoding`, or null for none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function encode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 1,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 1 });
}

/**
 * Compressed bodies of tagged answers: an entity tag names one body (the API's inbox pages carry
 * one), so a page that many clients ask for is compressed once. Least recently used go first.
 */
export interface CompressedCopies {
  get(key: string): Buffer | undefined;
  set(key: string, packed: Buffer): void;
}

export function createCompressedCopies(budgetBytes = 8_000_000): CompressedCopies {
  const copies = new Map<string, Buffer>();
  let total = 0;
  return {
    get(key) {
      const packed = copies.get(key);
      if (packed) {
        copies.delete(key);
        copies.set(key, packed);
      }
      return packed;
    },
    set(key, packed) {
      if (copies.has(key) || packed.length > budgetBytes) return;
      copies.set(key, packed);
      total += packed.length;
      for (const [oldest, old] of copies) {
        if (total <= budgetBytes) break;
        copies.delete(oldest);
        total -= old.length;
      }
    },
  };
}

/**
 * The response, or a compressed copy of it when the request accepts one and it is worth it; with
 * `copies`, a tagged body is compressed once per coding.
 */
export async function compressed(
  request: Request,
  response: Response,
  copies?: CompressedCopies,
): Promise<Response> {
  // The body is read only for JSON a client will take compressed: reading the body of a
  // @hono/node-server response turns a string into a stream.
  if (response.headers.has('content-encoding')) return response;
  if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return response;
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  if (encoding === null) {
    response.headers.append('vary', 'Accept-Encoding');
    return response;
  }
  const headers = new Headers(response.headers);
  headers.append('vary', 'Accept-Encoding');
  const etag = response.headers.get('etag');
  const key = copies && etag ? `${etag}\n${encoding}` : null;
  const kept = key === null ? undefined : copies?.get(key);
  if (kept) return packedResponse(kept, encoding, response.status, headers);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length < MIN_BYTES) {
    return new Response(new Uint8Array(body), { status: response.status, headers });
  }
  const packed = encode(body, encoding);
  if (key !== null) copies?.set(key, packed);
  return packedResponse(packed, encoding, response.status, headers);
}

function packedResponse(packed: Buffer, encoding: Encoding, status: number, headers: Headers) {
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  return new Response(new Uint8Array(packed), { status, headers });
}

/** `compressed` as middleware, with its own store of compressed copies. */
export function compressedAnswers(copies = createCompressedCopies()): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const answer = await compressed(c.req.raw, c.res, copies);
    if (answer === c.res) return;
    // Assigned over an answer, c.res would copy it; the compressed one already has its headers.
    c.res = undefined;
    c.res = answer;
  };
}
