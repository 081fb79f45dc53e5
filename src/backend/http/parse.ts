// The one way routes read input: a JSON body (the app's bodyCap caps its size), query strings,
// path ids and If-Match, each checked by a schema so bad input answers 4xx, never 500.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ID_MAX, MAX_BODY_BYTES } from '../../api';
import { AppError, badRequest, notFound } from '../app-error';
import { hasUnstorableText, isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable-text';

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(describe(parsed.error));
  return parsed.data;
}

export const tooLarge = (maxBytes = MAX_BODY_BYTES) =>
  new AppError('too_large', `The request body is over ${Math.round(maxBytes / (1024 * 1024))} MB.`);

/** The body as text. The app's bodyCap has already refused one over its route's cap. */
async function readText(request: Request, maxBytes: number): Promise<string> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  // bodyCap trusts a declared Content-Length, which Node's HTTP parser holds a body to; a Request
  // made in the same process (MSW, the API suites) may carry more than it declares.
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('The body is not valid UTF-8.');
  }
}

export function isJson(contentType: string | null | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return (
    type === 'application/json' ||
    (type?.startsWith('application/') === true && type.endsWith('+json'))
  );
}

export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.output<S>> {
  if (!isJson(c.req.header('content-type'))) {
    throw badRequest('Send the body as JSON with `Content-Type: application/json`.');
  }
  const text = await readText(c.req.raw, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  if (hasUnstorableText(json)) throw badRequest(UNSTORABLE_TEXT_MESSAGE);
  return parseWith(schema, json);
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const query = c.req.query();
  // Decoded `%00` would reach SQL as NUL; the decoder never yields lone surrogates.
  if (!Object.values(query).every(isStorableText)) throw badRequest(UNSTORABLE_TEXT_MESSAGE);
  return parseWith(schema, query);
}

/** A path id that is not a positive integer names nothing: 404, like an id that does not exist. */
export function parseId(raw: string | undefined, what = 'Conversation'): number {
  if (raw === undefined || !/^[1-9]\d{0,9}$/.test(raw)) throw notFound(what);
  const id = Number(raw);
  if (id > ID_MAX) throw notFound(what);
  return id;
}

/** `If-Match: "7"` (also `7` and `W/"7"`); absent means "whatever the version is". */
export function parseIfMatch(c: Context): number | undefined {
  const raw = c.req.header('if-match');
  if (raw === undefined || raw.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(raw);
  if (!match?.[1]) throw badRequest('If-Match must be the conversation version, e.g. "3".');
  return Number(match[1]);
}
