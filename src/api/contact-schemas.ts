// Contacts for a sync (SPEC 7.4, 7.7): the people who write in, and each one's conversations.
import { z } from 'zod';
import { channelSchema, statusSchema } from './conversation-schemas';
import { idSchema, queryIntSchema, timestampSchema } from './primitives';

export const contactSchema = z.object({ id: idSchema, name: z.string(), email: z.string() });

/** `cursor` is the last id of the previous page. */
export const contactListQuerySchema = z.object({
  limit: queryIntSchema.pipe(z.number().int().min(1).max(100)).default(50),
  cursor: queryIntSchema.optional(),
});
export const contactPageSchema = z.object({
  data: z.array(contactSchema),
  next: z.string().nullable(),
});

export const contactConversationSchema = z.object({
  id: idSchema,
  inboxId: idSchema,
  status: statusSchema,
  channel: channelSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The contact, when Parley first saw them, and their conversations newest first (at most 100). */
export const contactDetailSchema = contactSchema.extend({
  firstSeenAt: timestampSchema.nullable(),
  conversations: z.array(contactConversationSchema),
});

export type ContactDto = z.infer<typeof contactSchema>;
export type ContactPage = z.infer<typeof contactPageSchema>;
export type ContactDetail = z.infer<typeof contactDetailSchema>;
