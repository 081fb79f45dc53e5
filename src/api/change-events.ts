// The envelope of a change-feed message, read without zod so the browser bundle need not carry it
// (see http.ts): the live updates only need to know which conversation changed.
export const CHANGE_EVENT_TYPES = [
  'conversation.changed',
  'conversation.deleted',
  'message.added',
  'counts.changed',
] as const;

/**
 * The event a stream sends first when it cannot resume where the client asked (the feed no longer
 * holds what came after): everything the client holds may be stale, so it reads it all again.
 */
export const FEED_RESET_EVENT = 'reset';

/** The conversation a change is about: null when none; undefined when `data` is not a change. */
export function changedConversationId(data: unknown): number | null | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, conversationId } = data as { type?: unknown; conversationId?: unknown };
  if (!CHANGE_EVENT_TYPES.includes(type as (typeof CHANGE_EVENT_TYPES)[number])) return undefined;
  if (conversationId === null) return null;
  return typeof conversationId === 'number' &&
    Number.isInteger(conversationId) &&
    conversationId > 0
    ? conversationId
    : undefined;
}
