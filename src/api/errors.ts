// The error vocabulary both sides share: one code per HTTP status the API may answer with.
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'gone',
  'too_large',
  'rejected',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rejected: 422,
  rate_limited: 429,
  internal: 500,
};

export function codeForStatus(status: number): ErrorCode {
  const found = ERROR_CODES.find((code) => ERROR_STATUS[code] === status);
  if (found) return found;
  return status >= 500 ? 'internal' : 'bad_request';
}

/** The largest id the API accepts: PostgreSQL's `integer`, so no id can overflow a column. */
export const ID_MAX = 2_147_483_647;

/** Bodies above this answer 413. */
export const MAX_BODY_BYTES = 1024 * 1024;
