// Bodies over their route's cap (MAX_BODY_BYTES, or INBOUND_MAX_BYTES) answer 413 whether the client declares the size, streams without
// one, or lies about it; the limit counts bytes, not characters. Just under it, the schema's own
// limits answer 400.
import { MAX_BODY_BYTES } from '../../../src/api';
import { BODY_ROUTES, textField, type BodyRoute } from '../body-routes';
import { JSON_TYPE, type CaseBody, type Family, type HostileCase } from '../hostile-case';
import type { Fixture } from '../fixture';

/** The valid body with its text field (or a padding field) grown to `length` characters of `ch`. */
function grown(route: BodyRoute, f: Fixture, ch: string, length: number): string {
  const body = route.valid(f);
  const key = textField(route)?.path[0] ?? 'padding';
  return JSON.stringify({ ...body, [key]: ch.repeat(length) });
}

/** Exactly `size` bytes: a valid body padded with trailing whitespace, which JSON allows. */
function padded(route: BodyRoute, f: Fixture, size: number): string {
  const text = grown(route, f, 'x', capOf(route) - 1000);
  return text + ' '.repeat(size - new TextEncoder().encode(text).byteLength);
}

function streamOf(text: string): () => ReadableStream<Uint8Array> {
  return () => {
    const data = new TextEncoder().encode(text);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < data.length; at += 64 * 1024)
          controller.enqueue(data.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
  };
}

interface Variant {
  name: string;
  status: number;
  headers?: Record<string, string>;
  body: (route: BodyRoute, f: Fixture) => CaseBody;
}

/** The route's cap: 1 MB, or more for a route that carries files. */
const capOf = (route: BodyRoute) => route.maxBytes ?? MAX_BODY_BYTES;

const over = (route: BodyRoute, f: Fixture) => grown(route, f, 'x', capOf(route) + 10);

const VARIANTS: readonly Variant[] = [
  { name: 'over the cap', status: 413, body: over },
  {
    name: 'over the cap, streamed without a length',
    status: 413,
    body: (r, f) => streamOf(over(r, f)),
  },
  {
    name: 'over the cap, declaring 10 bytes',
    status: 413,
    headers: { 'content-length': '10' },
    body: (r, f) => streamOf(over(r, f)),
  },
  {
    name: 'a small body declaring 10^20 bytes',
    status: 413,
    headers: { 'content-length': '100000000000000000000' },
    body: (r, f) => JSON.stringify(r.valid(f)),
  },
  {
    name: 'two-byte characters, 1.2 times the cap in bytes',
    status: 413,
    body: (r, f) => grown(r, f, 'é', Math.ceil(capOf(r) * 0.6)),
  },
  {
    name: 'one byte over the limit',
    status: 413,
    body: (r, f) => padded(r, f, capOf(r) + 1),
  },
  // At the limit the body is read, and the schema refuses the long field.
  { name: 'exactly at the limit', status: 400, body: (r, f) => padded(r, f, capOf(r)) },
];

function cases(): HostileCase[] {
  return BODY_ROUTES.flatMap((route) =>
    VARIANTS.map((variant): HostileCase => ({
      name: `${route.key}: ${variant.name}`,
      request: (f) => ({
        method: route.method,
        path: route.path(f),
        as: route.as,
        headers: { ...JSON_TYPE, ...route.headers, ...variant.headers },
        body: variant.body(route, f),
      }),
      expect: { status: variant.status },
    })),
  );
}

export const oversizedBodies: Family = {
  name: 'oversized bodies',
  attack: 'bodies that would exhaust memory, with honest, missing or lying sizes',
  cases: cases(),
};
