// What the service throws when a request cannot be served; the error middleware turns it into
// `{ error: { code, message } }` with the status its code stands for.
import { ERROR_STATUS, type ConversationDetail, type ErrorCode, type FailedItem } from '../api';

export interface AppErrorDetails {
  current?: ConversationDetail;
  failed?: FailedItem[];
}

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'Conversation') => new AppError('not_found', `${what} not found`);
export const rejected = (reason: string, failed?: FailedItem[]) =>
  new AppError('rejected', reason, failed ? { failed } : {});
export const badRequest = (message: string) => new AppError('bad_request', message);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const unauthorized = (message = 'Sign in to continue') =>
  new AppError('unauthorized', message);
export const conflict = (current: ConversationDetail) =>
  new AppError(
    'conflict',
    'This conversation was changed by someone else; reload it and try again.',
    {
      current,
    },
  );
