// What the sign-in form says when signing in fails.
import { ApiError } from '../../api';
import { explainFailure } from '../../queries';

export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    // The server's own words for a wrong password (401) or too many tries (429) are the clearest.
    if (error.status === 401) return error.message || 'The email or password is not right.';
    if (error.status === 429) return error.message || 'Too many failed sign-ins. Try again later.';
    if (error.status === 400) return 'Enter your email address and password.';
  }
  return explainFailure(error);
}
