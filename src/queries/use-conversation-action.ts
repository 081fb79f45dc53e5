// One mutation for every action on one conversation: optimistic through the shared reducer,
// rolled back with the reason on failure, reconciled with the server afterwards.
import {
  mutationOptions,
  onlineManager,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError, type ConversationDetail } from '../api';
import { DEFAULT_SETTINGS, reduce } from '../domain';
import type { AgentActor, Conversation, OrgSettings } from '../domain';
import {
  actionEvent,
  isVersioned,
  sendAction,
  type ConversationAction,
} from './conversation-action';
import { TIMEOUT_MESSAGE } from './api';
import { changePhrases, conflictBase, type ConflictBase } from './conflict';
import { conversationKeys, orgKeys } from './keys';
import {
  applyToCaches,
  findCached,
  reconcile,
  writeConversation,
  type CacheSnapshot,
} from './optimistic';

export interface ActionVariables {
  id: number;
  action: ConversationAction;
  /** The version the agent was looking at; a status change based on an older one answers 409. */
  baseVersion?: number | undefined;
}

/** A change the reducer refused before anything was sent. */
export class RejectedChange extends Error {}

export function currentActor(qc: QueryClient): AgentActor | null {
  const me = qc.getQueryData<{ id: number; name: string }>(orgKeys.me);
  return me ? { kind: 'agent', id: me.id, name: me.name } : null;
}

export function currentSettings(qc: QueryClient): OrgSettings {
  return qc.getQueryData<OrgSettings>(orgKeys.settings) ?? DEFAULT_SETTINGS;
}

/** The cached conversation, from its detail or any list row. */
export function cachedConversation(qc: QueryClient, id: number): Conversation | undefined {
  return findCached(qc, [id]).get(id);
}

/** The cached copies of several conversations, in the order of `ids`; the uncached left out. */
export function cachedConversations(qc: QueryClient, ids: readonly number[]): Conversation[] {
  const found = findCached(qc, ids);
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Applies the action's domain event to the caches; throws the reducer's reason if it refuses. */
export function optimisticAction(
  qc: QueryClient,
  id: number,
  action: ConversationAction,
): CacheSnapshot {
  const actor = currentActor(qc);
  const event = actor ? actionEvent(action, actor) : null;
  if (!event) return { previous: new Map(), rollback: () => undefined };
  const now = Date.now();
  const settings = currentSettings(qc);
  let refusal: string | null = null;
  const snapshot = applyToCaches(qc, [id], (c) => {
    const outcome = reduce(c, event, now, settings);
    if (!outcome.ok) refusal = outcome.reason;
    return outcome.ok && outcome.changed ? outcome.conversation : null;
  });
  if (refusal !== null) {
    snapshot.rollback();
    throw new RejectedChange(refusal);
  }
  return snapshot;
}

/** Worth asking again: no answer at all, or the server's own trouble (5xx). A 4xx is final. */
export function isTransient(error: unknown): boolean {
  if (finalErrors.has(error as object)) return false;
  return error instanceof ApiError && (error.code === 'network' || error.status >= 500);
}

const retriesOf = new WeakMap<QueryClient, number>();

/** How often a change that got no answer (or a 5xx) is sent again; none unless the app says so. */
export function setMutationRetries(qc: QueryClient, retries: number): void {
  retriesOf.set(qc, retries);
}

export function mutationRetries(qc: QueryClient): number {
  return retriesOf.get(qc) ?? 0;
}

const finalErrors = new WeakSet<object>();

/** Marks a failure that must not be retried: sending the change twice would not be harmless. */
export function finalError(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) finalErrors.add(error);
  return error;
}

/** A sentence for the person: the server's message, or what went wrong on the way. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    // A bulk 409 names each conversation someone else changed (its `failed`); one conversation's
    // is reconciled from `current` by the action itself.
    if (error.status === 409 && error.failed?.length)
      return `${error.message} You are now seeing the latest version.`;
    if (error.status === 409)
      return 'Someone else changed this conversation. You are now seeing the latest version.';
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

/** Changes that wait for the network and survive a reload run one after another, in order: a
 * queued close must reach the server before the note queued after it moves the version. */
export const CHANGES_SCOPE = { id: 'parley-changes' };

export const ACTION_MUTATION_KEY = ['conversation', 'action'] as const;

/** What a 409 or a failure needs afterwards; plain data, since a queued change is saved as JSON
 * (the rollback is gone after a reload, and so are the optimistic changes it would undo). */
export interface ActionContext {
  base: ConflictBase | null;
  rollback?: () => void;
}

/** Sending again is harmless: the same status, priority or tag twice is no change. */
export function isReplaySafe(action: ConversationAction): boolean {
  return !['spam', 'restore', 'link', 'sync'].includes(action.kind);
}

/** A 409 whose `current` already shows the change (a retry of a request that did land, say). */
function alreadyApplied(qc: QueryClient, action: ConversationAction, error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.current) return null;
  const actor = currentActor(qc);
  const event = actor ? actionEvent(action, actor) : null;
  if (!event) return null;
  const outcome = reduce(error.current, event, Date.now(), currentSettings(qc));
  return outcome.ok && !outcome.changed ? error.current : null;
}

/** What each change saw before it was applied, for `onlyActivityMoved` (gone after a reload). */
const basesSeen = new WeakMap<ActionVariables, ConflictBase>();

/**
 * A 409 where nothing a person would notice changed: only the thread moved the version (the
 * agent's own reply still settling, a contact's message). That is no conflict, so the change is
 * sent again once, based on the version the server now has; anything else stays a 409.
 */
function onlyActivityMoved(error: unknown, base: ConflictBase | undefined): Conversation | null {
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
      const { id, action, baseVersion } = variables;
      let version = isVersioned(action) ? baseVersion : undefined;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await sendAction(id, action, version);
        } catch (error) {
          const current = alreadyApplied(qc, action, error);
          if (current) return current;
          const moved = attempt === 1 ? onlyActivityMoved(error, basesSeen.get(variables)) : null;
          if (moved) {
            version = moved.version;
            continue;
          }
          throw isReplaySafe(action) ? error : finalError(error);
        }
      }
    },
    onMutate: async (variables) => {
      const { id, action } = variables;
      await qc.cancelQueries({ queryKey: conversationKeys.all });
      const before = cachedConversation(qc, id);
      const base = before ? conflictBase(before) : null;
      if (base) basesSeen.set(variables, base);
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
