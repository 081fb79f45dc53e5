// What an optimistic change needs from the caches: who is acting, under which settings, and the
// cached conversation to run the domain's command through.
import type { QueryClient } from '@tanstack/react-query';
import { commandEvent, DEFAULT_SETTINGS, reduce } from '../domain';
import type { AgentActor, Command, Conversation, OrgSettings } from '../domain';
import { orgKeys } from './keys';
import { applyToCaches, findCached, type CacheSnapshot } from './optimistic';

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

/** Applies the command's domain event to the caches; throws the reducer's reason if it refuses. */
export function optimisticAction(qc: QueryClient, id: number, action: Command): CacheSnapshot {
  const actor = currentActor(qc);
  const event = actor ? commandEvent(action, actor) : null;
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
