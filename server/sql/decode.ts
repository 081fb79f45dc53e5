// Reading typed values out of untyped rows. Both drivers already parse int, bigint (see
// db/int8.ts), boolean, arrays and jsonb; these check what arrived instead of trusting a cast.
import type { Row } from '../db/client';
import { toSafeInteger } from '../db/int8';

export function int(row: Row, key: string): number {
  return toSafeInteger(row[key]);
}

export function intOrNull(row: Row, key: string): number | null {
  const value = row[key];
  return value === null || value === undefined ? null : toSafeInteger(value);
}

export function text(row: Row, key: string): string {
  const value = row[key];
  if (typeof value !== 'string')
    throw new TypeError(`Column ${key}: expected text, got ${typeof value}`);
  return value;
}

export function textOrNull(row: Row, key: string): string | null {
  return row[key] === null || row[key] === undefined ? null : text(row, key);
}

export function bool(row: Row, key: string): boolean {
  const value = row[key];
  if (typeof value !== 'boolean')
    throw new TypeError(`Column ${key}: expected boolean, got ${typeof value}`);
  return value;
}

export function intArray(row: Row, key: string): number[] {
  return array(row, key).map(toSafeInteger);
}

export function textArray(row: Row, key: string): string[] {
  return array(row, key).map((item) => {
    if (typeof item !== 'string') throw new TypeError(`Column ${key}: expected text[]`);
    return item;
  });
}

/** A text column constrained to one of `allowed` (the CHECK constraints mirror these lists). */
export function oneOf<T extends string>(row: Row, key: string, allowed: readonly T[]): T {
  const value = text(row, key);
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new TypeError(`Column ${key}: unexpected value ${value}`);
  return found;
}

export function oneOfOrNull<T extends string>(
  row: Row,
  key: string,
  allowed: readonly T[],
): T | null {
  return row[key] === null || row[key] === undefined ? null : oneOf(row, key, allowed);
}

/** jsonb arrives parsed; a driver configured to leave it as text would still work. */
export function json(row: Row, key: string): unknown {
  const value = row[key];
  return typeof value === 'string' ? JSON.parse(value) : (value ?? null);
}

export function array(row: Row, key: string): unknown[] {
  const value = row[key];
  if (!Array.isArray(value)) throw new TypeError(`Column ${key}: expected an array`);
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The row an INSERT … RETURNING always gives back. */
export function firstRow(rows: readonly Row[]): Row {
  const row = rows[0];
  if (row === undefined) throw new Error('Expected the statement to return a row');
  return row;
}
