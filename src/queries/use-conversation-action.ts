// One mutation for every action on one conversation: optimistic through the shared reducer,
// rolled back with the reason on failure, reconciled with the server afterwards.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, type ConversationDetail } from '../api';
import { DEFAULT_SETTINGS, reduce } from '../domain';
import type { AgentActor, Conversation, OrgSettings } from '../domain';
import {
  actionEvent,
  isVersioned,
  sendAction,
  type ConversationAction,
} from './conversation-action';
import { conversationKeys, orgKeys } from './keys';
import { applyToCaches, reconcile, writeConversation, type CacheSnapshot } from './optimistic';

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
  const detail = qc.getQueryData<ConversationDetail>(conversationKeys.detail(id));
  if (detail) return detail;
  let found: Conversation | undefined;
  applyToCaches(qc, [id], (c) => {
    found = c;
    return null;
  });
  return found;
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

/** A sentence for the person: the server's message, or what went wrong on the way. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409)
      return 'Someone else changed this conversation. You are now seeing the latest version.';
    if (error.code === 'network')
      return 'Parley could not reach the server. Check your connection and try again.';
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function useConversationAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['conversation', 'action'],
    mutationFn: ({ id, action, baseVersion }: ActionVariables) =>
      sendAction(id, action, isVersioned(action) ? baseVersion : undefined),
    onMutate: async ({ id, action }) => {
      await qc.cancelQueries({ queryKey: conversationKeys.all });
      const snapshot = optimisticAction(qc, id, action);
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      context?.snapshot.rollback();
      if (error instanceof ApiError && error.current) writeConversation(qc, error.current);
    },
    onSuccess: (saved) => {
      if (saved) writeConversation(qc, saved);
    },
    onSettled: (_data, _error, { id }) => reconcile(qc, [id]),
  });
}
