// Answering faster (SPEC 7.4): saved replies and attachments.
import { z } from 'zod';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_NAME_MAX,
  ATTACHMENTS_PER_MESSAGE_MAX,
  SAVED_REPLY_BODY_MAX,
  SAVED_REPLY_NAME_MAX,
  type Attachment,
} from '../domain';
import { idSchema, timestampSchema } from './primitives';

const blank = (s: string) => s.trim().length > 0;
const replyName = z.string().trim().min(1, 'Must not be blank').max(SAVED_REPLY_NAME_MAX);
const replyBody = z.string().max(SAVED_REPLY_BODY_MAX).refine(blank, 'Must not be blank');

export const savedReplySchema = z.object({
  id: idSchema,
  name: z.string(),
  body: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export const savedReplyListSchema = z.object({ data: z.array(savedReplySchema) });

export const createSavedReplySchema = z.strictObject({ name: replyName, body: replyBody });
export const patchSavedReplySchema = z
  .strictObject({ name: replyName.optional(), body: replyBody.optional() })
  .refine((p) => p.name !== undefined || p.body !== undefined, 'Nothing to change');

export const attachmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.number().int().nonnegative(),
  contentType: z.string(),
}) satisfies z.ZodType<Attachment>;

/** The files a reply or note carries: ids of uploads to this conversation not yet sent. */
export const attachmentIdsSchema = z
  .array(idSchema)
  .max(ATTACHMENTS_PER_MESSAGE_MAX, `At most ${ATTACHMENTS_PER_MESSAGE_MAX} files a message`)
  .refine((ids) => new Set(ids).size === ids.length, 'The same file is named twice');

/** Base64 of at most ATTACHMENT_MAX_BYTES: 4 characters for every 3 bytes. */
const BASE64_MAX = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** A file with a contact's message (`POST /api/inbound`), its bytes in base64. */
export const inboundAttachmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(ATTACHMENT_NAME_MAX),
  contentType: z.string().trim().min(1).max(200).optional(),
  data: z.base64(),
});
export const inboundAttachmentsSchema = z
  .array(inboundAttachmentSchema)
  .max(ATTACHMENTS_PER_MESSAGE_MAX, `At most ${ATTACHMENTS_PER_MESSAGE_MAX} files a message`);

/** A contact's message with its files (`POST /api/inbound`): one 10 MB file in base64 and the rest. */
export const INBOUND_MAX_BYTES = BASE64_MAX + 1024 * 1024;

export type SavedReplyDto = z.infer<typeof savedReplySchema>;
export type SavedReplyList = z.infer<typeof savedReplyListSchema>;
export type CreateSavedReplyRequest = z.infer<typeof createSavedReplySchema>;
export type PatchSavedReplyRequest = z.infer<typeof patchSavedReplySchema>;
export type AttachmentDto = z.infer<typeof attachmentSchema>;
export type InboundAttachment = z.infer<typeof inboundAttachmentSchema>;
