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

/**
 * The signing key of a secret, as Standard Webhooks libraries derive it: a `whsec_` secret is
 * base64 after its prefix; any other (older subscriptions, secrets chosen by hand) is its own
 * UTF-8 bytes, which a receiver gives its library as `whsec_` + base64 of the secret.
 */
export function signingKey(secret: string): Buffer {
  return secret.startsWith('whsec_')
    ? Buffer.from(secret.slice('whsec_'.length), 'base64')
    : Buffer.from(secret, 'utf8');
}

/**
 * `webhook-signature`: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` for each secret, separated
 * by spaces (a receiver accepts any one, so both secrets work during a rotation).
 */
export function standardSignature(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const signed = `${id}.${timestampSeconds}.${body}`;
  return secrets
    .map((s) => `v1,${createHmac('sha256', signingKey(s)).update(signed).digest('base64')}`)
    .join(' ');
}
