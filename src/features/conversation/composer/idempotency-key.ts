// A fresh idempotency key. randomUUID exists only in secure contexts (https, localhost); an
// agent on a plain-http intranet host still needs keys, so fall back to getRandomValues.
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
