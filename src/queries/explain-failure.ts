// The one place an error becomes words for a person: every toast, inline error and report of a
// queued change that did not go through says it the same way.
import { onlineManager } from '@tanstack/react-query';
import { ApiError } from '../api';
import { TIMEOUT_MESSAGE } from './api';
import { conflictMessage, type ConflictBase } from './conflict';

/** What is known about a change that met a 409, so the sentence can say what someone else did. */
export interface ConflictAbout {
  /** The conversation as the change saw it. */
  base?: ConflictBase | null | undefined;
  /** Whoever changed it meanwhile, when the thread names them. */
  who?: string | null;
  agentName?: (id: number) => string | null;
}

/** A sentence for the person: the server's message, or what went wrong on the way. */
export function explainFailure(error: unknown, conflict: ConflictAbout = {}): string {
  if (error instanceof ApiError) {
    // A bulk 409 names each conversation someone else changed (its `failed`); one conversation's
    // names what changed, from its `current` against what the change was based on.
    if (error.status === 409 && error.failed?.length)
      return `${error.message} You are now seeing the latest version.`;
    if (error.status === 409)
      return conflictMessage(
        conflict.who ?? null,
        conflict.base,
        error.current,
        conflict.agentName,
      );
    if (error.code === 'network') {
      if (error.message === TIMEOUT_MESSAGE) return TIMEOUT_MESSAGE;
      if (!onlineManager.isOnline())
        return 'You are offline. This change needs a connection; try again once you are back online.';
      return 'Parley could not reach the server. Check your connection and try again.';
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}
