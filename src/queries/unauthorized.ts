// A 401 from any request means the session is gone (expired, signed out in another tab): the
// app forgets the agent, which sends it back to the sign-in form at the same address.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';
import { orgKeys } from './keys';

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

export function forgetSession(qc: QueryClient): void {
  const state = qc.getQueryState(orgKeys.me);
  // Already forgotten (null data, no error): setting it again would only wake every observer.
  if (state?.data === null && state.status === 'success') return;
  qc.setQueryData(orgKeys.me, null);
}
