// PostgreSQL's bigint arrives as text (pg) or bigint/number (PGlite). Ids and millisecond times
// fit a JS number exactly; a value that does not is a bug worth failing on, not rounding.

export function toSafeInteger(value: unknown): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'bigint' || typeof value === 'string'
        ? Number(value)
        : NaN;
  if (!Number.isSafeInteger(n))
    throw new TypeError(`Expected an integer from the database, got ${String(value)}`);
  return n;
}
