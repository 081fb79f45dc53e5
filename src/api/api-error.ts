// The error every client call throws. Kept apart from the schemas (and zod) so that the browser
// bundle can have it without them.
import type { ConversationDetail } from './conversation-schemas';
import type { FailedItem } from './error-schemas';
import type { ErrorCode } from './errors';

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
