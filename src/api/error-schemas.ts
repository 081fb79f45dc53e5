// The error body: `{ error: { code, message } }`, plus what a client needs to recover.
import { z } from 'zod';
import { conversationDetailSchema, type ConversationDetail } from './conversation-schemas';
import { ERROR_CODES, type ErrorCode } from './errors';
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

/** `network`: the request never got an answer; `bad_response`: the answer broke the contract. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { current?: ConversationDetail; failed?: FailedItem[] } = {},
  ) {
    super(message);
  }

  get current(): ConversationDetail | undefined {
    return this.details.current;
  }

  get failed(): FailedItem[] | undefined {
    return this.details.failed;
  }
}
