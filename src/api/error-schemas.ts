// The error body: `{ error: { code, message } }`, plus what a client needs to recover.
import { z } from 'zod';
import { conversationDetailSchema } from './conversation-schemas';
import { ERROR_CODES } from './errors';
import { idSchema } from './primitives';

export const failedItemSchema = z.object({ id: idSchema, reason: z.string() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** Bulk: the conversations that could not change (or could not be found). */
    failed: z.array(failedItemSchema).optional(),
  }),
  /** 409: the conversation as it is now, so the client can reconcile without another request. */
  current: conversationDetailSchema.optional(),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FailedItem = z.infer<typeof failedItemSchema>;

export { ApiError, type ApiErrorCode } from './api-error';
