// Assertions the API suite shares: answers parsed by the contract's own schemas, error shapes,
// and a small server-sent-events reader.
import { expect } from 'vitest';
import type { z } from 'zod';
import {
  conversationDetailSchema,
  conversationPageSchema,
  errorBodySchema,
  messagePageSchema,
  type ConversationDetail,
  type ConversationRow,
  type ErrorCode,
  type FailedItem,
} from '../../../src/api';
import type { ApiHarness, Client } from '../harness';

export type Ctx = () => ApiHarness;

/** The answer parsed by its schema, after checking the status (the body shows in a failure). */
export async function ok<S extends z.ZodType>(
  res: Response,
  schema: S,
  status = 200,
): Promise<z.output<S>> {
  const text = await res.text();
  expect({ status: res.status, body: text }).toMatchObject({ status });
  return schema.parse(JSON.parse(text));
}

export interface ErrorAnswer {
  status: number;
  code: ErrorCode;
  message: string;
  failed: FailedItem[] | undefined;
  current: ConversationDetail | undefined;
}

/** An error answer, checked against the contract's error shape. */
export async function errorOf(res: Response): Promise<ErrorAnswer> {
  const text = await res.text();
  const parsed = errorBodySchema.safeParse(JSON.parse(text || 'null'));
  if (!parsed.success)
    throw new Error(`not an error answer (${res.status}): ${text.slice(0, 200)}`);
  const { error, current } = parsed.data;
  return {
    status: res.status,
    code: error.code,
    message: error.message,
    failed: error.failed,
    current,
  };
}

/** A page of the inbox list for this query string. */
export async function listPage(client: Client, query: string) {
  return ok(await client.get(`/api/conversations?${query}`), conversationPageSchema);
}

/** Every row of a list, page after page by its cursor. */
export async function walkList(client: Client, query: string): Promise<ConversationRow[]> {
  const rows: ConversationRow[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const p = await listPage(client, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    rows.push(...p.data);
    if (!p.next) return rows;
    cursor = p.next;
  }
  throw new Error('too many pages');
}

export const getConversation = async (client: Client, id: number) =>
  ok(await client.get(`/api/conversations/${id}`), conversationDetailSchema);

export const getThread = async (client: Client, id: number) =>
  (await ok(await client.get(`/api/conversations/${id}/messages?limit=100`), messagePageSchema))
    .data;

export const patch = (
  client: Client,
  id: number,
  body: unknown,
  headers?: Record<string, string>,
) => client.send('PATCH', `/api/conversations/${id}`, body, headers);

export interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

function parseBlock(block: string): SseEvent {
  const event: SseEvent = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim();
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').replace(/^ /, '');
    if (field === 'id' || field === 'event' || field === 'data') event[field] = value;
  }
  return event;
}

/** Reads events until `done` says so (or the time is up), then cancels the stream. */
export async function readSse(
  res: Response,
  done: (events: SseEvent[]) => boolean,
  timeoutMs = 10_000,
): Promise<SseEvent[]> {
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (!done(events) && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) =>
          setTimeout(() => resolve(null), Math.max(1, deadline - Date.now())),
        ),
      ]);
      if (chunk === null || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let at: number;
      while ((at = buffer.indexOf('\n\n')) !== -1) {
        events.push(parseBlock(buffer.slice(0, at)));
        buffer = buffer.slice(at + 2);
      }
    }
  } finally {
    await reader.cancel();
  }
  return events;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
