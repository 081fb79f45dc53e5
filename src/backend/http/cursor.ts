// Opaque list cursors: base64url JSON of the last row's sort key, so a page is a keyset query and
// rows changing between pages can neither repeat nor push unchanged rows out.
import { z } from 'zod';
import { ID_MAX, MAX_TIMESTAMP } from '../../api';
import type { Cursor } from '../store';
import { badRequest } from '../app-error';

// Bounded like every id and time a client sends: a forged cursor past PostgreSQL's `integer`
// would otherwise fail the query with a 500.
const cursorSchema = z.object({
  u: z.number().int().nonnegative().max(MAX_TIMESTAMP),
  i: z.number().int().positive().max(ID_MAX),
});

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify({ u: cursor.updatedAt, i: cursor.id }));
}

export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const parsed = cursorSchema.parse(JSON.parse(fromBase64Url(value)));
    return { updatedAt: parsed.u, id: parsed.i };
  } catch {
    throw badRequest('The cursor is not one this API gave out.');
  }
}

/** Message pages resume after a message id. */
export function encodeIdCursor(id: number): string {
  return toBase64Url(JSON.stringify({ i: id }));
}

export function decodeIdCursor(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    return z
      .object({ i: z.number().int().nonnegative().max(ID_MAX) })
      .parse(JSON.parse(fromBase64Url(value))).i;
  } catch {
    throw badRequest('The cursor is not one this API gave out.');
  }
}
