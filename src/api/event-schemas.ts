// What `GET /api/events` sends: one SSE message per change-feed entry (`id:` is the entry id,
// `event:` its type, `data:` the JSON below), after a first `ready` event carrying the start id.
import { z } from 'zod';
import { CHANGE_EVENT_TYPES } from './change-events';
import { conversationSchema, messageSchema, statusSchema } from './conversation-schemas';
import { idSchema, timestampSchema } from './primitives';

const base = {
  id: idSchema,
  orgId: idSchema,
  conversationId: idSchema.nullable(),
  createdAt: timestampSchema,
};

export const feedEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('conversation.changed'),
    data: z.object({ conversation: conversationSchema }),
  }),
  z.object({ ...base, type: z.literal('conversation.deleted'), data: z.object({ id: idSchema }) }),
  z.object({
    ...base,
    type: z.literal('message.added'),
    data: z.object({ message: messageSchema }),
  }),
  z.object({
    ...base,
    type: z.literal('counts.changed'),
    // null: the conversation was just created (`from`) or deleted (`to`).
    data: z.object({ from: statusSchema.nullable(), to: statusSchema.nullable() }),
  }),
]);

/** Any entry, for consumers that only need the envelope. */
export const changeEventSchema = z.object({
  ...base,
  type: z.enum(CHANGE_EVENT_TYPES),
  data: z.unknown(),
});

export const readyEventSchema = z.object({ lastEventId: z.number().int().nonnegative() });

export type FeedEvent = z.infer<typeof feedEventSchema>;
export type ChangeEventDto = z.infer<typeof changeEventSchema>;
