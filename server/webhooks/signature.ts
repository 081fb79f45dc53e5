// `X-Parley-Signature: sha256=<hex>`: HMAC-SHA256 of the raw body with the subscription's secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a receiver does: recompute over the bytes it got and compare in constant time. */
export function verifySignature(
  secret: string,
  body: string | Uint8Array,
  header: string | null | undefined,
): boolean {
  if (header === null || header === undefined) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
