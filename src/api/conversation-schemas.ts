// Responses about conversations and their messages (SPEC sections 1 and 4).
import { z } from 'zod';
import {
  AUTHOR_TYPES,
  CHANNELS,
  LINK_TYPES,
  MESSAGE_TYPES,
  PRIORITIES,
  STATUSES,
  type Conversation,
  type Message,
} from '../domain';
import { attachmentSchema } from './answer-schemas';
import { hexColorSchema, idSchema, timestampSchema } from './primitives';
import { viewerSchema } from './together-schemas';

export const statusSchema = z.enum(STATUSES);
export const channelSchema = z.enum(CHANNELS);
export const prioritySchema = z.enum(PRIORITIES);

export const tagSchema = z.object({ name: z.string(), color: hexColorSchema });
export const linkSchema = z.object({ type: z.enum(LINK_TYPES), id: idSchema });

export const conversationSchema = z.object({
  id: idSchema,
  orgId: idSchema,
  inboxId: idSchema,
  contactId: idSchema,
  participants: z.array(idSchema),
  status: statusSchema,
  channel: channelSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  lastActivityAt: timestampSchema,
  relatedPlaybookId: idSchema.nullable(),
  conversationTags: z.array(tagSchema),
  priority: prioritySchema,
  assigneeId: idSchema.nullable(),
  teamId: idSchema.nullable(),
  followers: z.array(idSchema),
  snoozedUntil: timestampSchema.nullable(),
  links: z.array(linkSchema),
  version: z.number().int().nonnegative(),
  statusBeforeSpam: statusSchema.exclude(['spam', 'merged']).nullable(),
  inactiveNotifiedAt: timestampSchema.nullable(),
  waitingSince: timestampSchema.nullable(),
  mergedInto: idSchema.nullable(),
}) satisfies z.ZodType<Conversation>;

export const contactRefSchema = z.object({ id: idSchema, name: z.string(), email: z.string() });

export const messageSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  type: z.enum(MESSAGE_TYPES),
  authorType: z.enum(AUTHOR_TYPES),
  authorId: idSchema.nullable(),
  body: z.string(),
  createdAt: timestampSchema,
  mentions: z.array(idSchema),
  /** The files sent with it; listed when it has any. */
  attachments: z.array(attachmentSchema).optional(),
}) satisfies z.ZodType<Message>;

export const lastMessageSchema = messageSchema.pick({
  type: true,
  authorType: true,
  body: true,
  createdAt: true,
});

/** A row of `GET /api/conversations`. */
export const conversationRowSchema = conversationSchema.extend({
  contact: contactRefSchema,
  lastMessage: lastMessageSchema.nullable(),
  /** The newest message from the contact, for the row's preview (SPEC 7.4). */
  contactMessage: messageSchema.pick({ body: true, createdAt: true }).nullable().optional(),
  /** In best-match order (a search without `sort`): how well the row matched, best first. */
  rank: z.number().optional(),
});

/**
 * What an undoable change (a status, snooze or spam; SPEC 7.2) answers besides the conversation:
 * the token of `POST /api/undo` and until when it works.
 */
export const undoTicketSchema = z.object({ token: z.string(), expiresAt: timestampSchema });

/** `GET /api/conversations/:id` and the answer of every change to one conversation; `undo` only
 * on the answer to an undoable change. */
export const conversationDetailSchema = conversationSchema.extend({
  contact: contactRefSchema,
  undo: undoTicketSchema.optional(),
  /** On `GET` only: the other agents in the conversation now (SPEC 7.5). */
  viewers: z.array(viewerSchema).optional(),
});

export const conversationPageSchema = z.object({
  data: z.array(conversationRowSchema),
  next: z.string().nullable(),
});

export const messagePageSchema = z.object({
  data: z.array(messageSchema),
  next: z.string().nullable(),
});

/**
 * The 202 answer to a reply whose body is a composer command (`/sync`): nothing is stored as a
 * message, so the answer is told apart from a Message by `type: 'command'`.
 */
export const commandResultSchema = z.object({
  type: z.literal('command'),
  command: z.literal('sync'),
  conversation: conversationDetailSchema,
});

export const sendMessageResultSchema = z.union([messageSchema, commandResultSchema]);

export const bulkResultSchema = z.object({
  data: z.array(conversationSchema),
  undo: undoTicketSchema.optional(),
});

/** `POST /api/undo`: every conversation the change named, as it is again. */
export const undoResultSchema = z.object({ data: z.array(conversationSchema) });

export const inboundResultSchema = z.object({ conversationId: idSchema, created: z.boolean() });

export type ContactRef = z.infer<typeof contactRefSchema>;
export type ConversationRow = z.infer<typeof conversationRowSchema>;
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;
export type ConversationPage = z.infer<typeof conversationPageSchema>;
export type MessagePage = z.infer<typeof messagePageSchema>;
export type CommandResult = z.infer<typeof commandResultSchema>;
export type SendMessageResult = z.infer<typeof sendMessageResultSchema>;
export type BulkResult = z.infer<typeof bulkResultSchema>;
export type InboundResult = z.infer<typeof inboundResultSchema>;
export type UndoTicket = z.infer<typeof undoTicketSchema>;
export type UndoResult = z.infer<typeof undoResultSchema>;
