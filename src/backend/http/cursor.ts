// Opaque list cursors: base64url JSON of the last row's sort key, so a page is a keyset query and
// rows changing between pages can neither repeat nor push unchanged rows out.
import { z } from 'zod';
import { ID_MAX, MAX_TIMESTAMP, type MessageOrder } from '../../api';
import type { Sort, ThreadPlace } from '../../domain';
import type { Cursor } from '../store';
import { badRequest } from '../app-error';

// Bounded like every id and time a client sends: a forged cursor past PostgreSQL's `integer`
// would otherwise fail the query with a 500.
const cursorSchema = z.object({
  u: z.number().int().nonnegative().max(MAX_TIMESTAMP),
  i: z.number().int().positive().max(ID_MAX),
  // The key of the order the page was in, besides updated_at: waiting since, or search rank.
  w: z.number().int().nonnegative().max(MAX_TIMESTAMP).nullable().optional(),
  r: z.number().finite().optional(),
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

/** The cursor after `row` in a list of this order: it carries that order's key. */
export function encodeCursor(
  row: { updatedAt: number; id: number; waitingSince: number | null; rank?: number | undefined },
  sort: Sort,
): string {
  const key =
    sort === 'waiting' ? { w: row.waitingSince } : sort === 'relevance' ? { r: row.rank ?? 0 } : {};
  return toBase64Url(JSON.stringify({ u: row.updatedAt, i: row.id, ...key }));
}

export function decodeCursor(value: string | undefined, sort: Sort): Cursor | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: z.output<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(fromBase64Url(value)));
  } catch {
    throw badRequest('The cursor is not one this API gave out.');
  }
  // A cursor of another order would start the page at a meaningless place.
  const keyed =
    sort === 'waiting'
      ? parsed.w !== undefined
      : sort === 'relevance'
        ? parsed.r !== undefined
        : true;
  if (!keyed) throw badRequest(`This cursor pages another order than sort=${sort}.`);
  return { updatedAt: parsed.u, id: parsed.i, waitingSince: parsed.w, rank: parsed.r };
}

/**
 * Message pages resume after a message's place in the thread's time order (`{ i, t }`, oldest
 * first: its id and createdAt) or before it (`{ b, t }`, newest first). A message added between
 * two pages is the newest, so it lands beyond the end already read (oldest first) or before the
 * start of the first page (newest first): never a repeat, never a gap.
 */
export function encodeMessageCursor(place: ThreadPlace, order: MessageOrder): string {
  const { id, createdAt: t } = place;
  return toBase64Url(JSON.stringify(order === 'newest' ? { b: id, t } : { i: id, t }));
}

const messageId = z.number().int().nonnegative().max(ID_MAX);
const messageTime = z.number().int().nonnegative().max(MAX_TIMESTAMP);
const messageCursorSchema = z.union([
  z.object({ i: messageId, t: messageTime, b: z.never().optional() }),
  z.object({ b: messageId, t: messageTime, i: z.never().optional() }),
]);

/** The place a page starts from: after it for `oldest`, before it for `newest`. */
export function decodeMessageCursor(
  value: string | undefined,
  order: MessageOrder,
): ThreadPlace | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: z.output<typeof messageCursorSchema>;
  try {
    parsed = messageCursorSchema.parse(JSON.parse(fromBase64Url(value)));
  } catch {
    throw badRequest('The cursor is not one this API gave out.');
  }
  const id = order === 'newest' ? parsed.b : parsed.i;
  if (id === undefined) {
    const other = order === 'newest' ? 'oldest' : 'newest';
    throw badRequest(`This cursor pages the thread with order=${other}; send that order with it.`);
  }
  return { id, createdAt: parsed.t };
}
