// One mutation for every action on one conversation: optimistic through the shared reducer,
// rolled back with the reason on failure, reconciled with the server afterwards.
import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError, type ConversationDetail } from '../api';
import { commandEvent, isReplaySafe, isVersioned, reduce } from '../domain';
import type { Conversation } from '../domain';
import { sendAction, type ConversationAction } from './conversation-action';
import { changePhrases, conflictBase, type ConflictBase } from './conflict';
import { conversationKeys } from './keys';
import { contextOf } from './mutation-context';
import { reconcile, writeConversation } from './optimistic';
import {
  cachedConversation,
  currentActor,
  currentSettings,
  optimisticAction,
} from './optimistic-action';
import { CHANGES_SCOPE, finalError, isTransient, mutationRetries } from './retries';

export interface ActionVariables {
  id: number;
  action: ConversationAction;
  /** The version the agent was looking at; a status change based on an older one answers 409.
   * When absent, the version cached when the change was made (the context's `base`). */
  baseVersion?: number | undefined;
}

/** The conversation as the change saw it: what a 409 is compared with, what Undo puts back and
 * the version it was based on. Small and plain, since a queued change is saved as JSON. */
export type ActionBase = ConflictBase & Pick<Conversation, 'version' | 'snoozedUntil'>;

/** What a 409 or a failure needs afterwards; plain data, since a queued change is saved as JSON
 * (the rollback is gone after a reload, and so are the optimistic changes it would undo). */
export interface ActionContext {
  base: ActionBase | null;
  rollback?: () => void;
}

export const ACTION_MUTATION_KEY = ['conversation', 'action'] as const;

/** What the change with these variables saw before it was applied (null if it was not cached). */
export function actionBase(qc: QueryClient, variables: ActionVariables): ActionBase | null {
  return contextOf<ActionContext>(qc, variables)?.base ?? null;
}

/** A 409 whose `current` already shows the change (a retry of a request that did land, say). */
function alreadyApplied(qc: QueryClient, action: ConversationAction, error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.current) return null;
  const actor = currentActor(qc);
  const event = actor ? commandEvent(action, actor) : null;
  if (!event) return null;
  const outcome = reduce(error.current, event, Date.now(), currentSettings(qc));
  return outcome.ok && !outcome.changed ? error.current : null;
}

/**
 * A 409 where nothing a person would notice changed: only the thread moved the version (the
 * agent's own reply still settling, a contact's message). That is no conflict, so the change is
 * sent again once, based on the version the server now has; anything else stays a 409.
 */
function onlyActivityMoved(error: unknown, base: ConflictBase | null): Conversation | null {
  if (!base || !(error instanceof ApiError) || error.status !== 409 || !error.current) return null;
  return changePhrases(base, conflictBase(error.current)).length === 0 ? error.current : null;
}

/** The options of the action mutation, also its defaults: a change restored after a reload runs
 * with these, since no component is there to give them. */
export function conversationActionOptions(qc: QueryClient) {
  return mutationOptions<ConversationDetail | null, Error, ActionVariables, ActionContext>({
    mutationKey: ACTION_MUTATION_KEY,
    scope: CHANGES_SCOPE,
    retry: (failures, error) => failures < mutationRetries(qc) && isTransient(error),
    mutationFn: async (variables) => {
      const { id, action } = variables;
      const base = actionBase(qc, variables);
      let version = isVersioned(action) ? (variables.baseVersion ?? base?.version) : undefined;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await sendAction(id, action, version);
        } catch (error) {
          const current = alreadyApplied(qc, action, error);
          if (current) return current;
          const moved = attempt === 1 ? onlyActivityMoved(error, base) : null;
          if (moved) {
            version = moved.version;
            continue;
          }
          throw isReplaySafe(action) ? error : finalError(error);
        }
      }
    },
    onMutate: async ({ id, action }) => {
      // Read before anything awaits: this is the version on screen when the agent acted.
      const before = cachedConversation(qc, id);
      const base = before
        ? { ...conflictBase(before), version: before.version, snoozedUntil: before.snoozedUntil }
        : null;
      await qc.cancelQueries({ queryKey: conversationKeys.all });
      const snapshot = optimisticAction(qc, id, action);
      return { base, rollback: snapshot.rollback };
    },
    onError: (error, _vars, context) => {
      context?.rollback?.();
      if (error instanceof ApiError && error.current) writeConversation(qc, error.current);
    },
    onSuccess: (saved) => {
      if (saved) writeConversation(qc, saved);
    },
    onSettled: (_data, _error, { id }) => reconcile(qc, [id]),
  });
}

export function useConversationAction() {
  const qc = useQueryClient();
  return useMutation(conversationActionOptions(qc));
}
