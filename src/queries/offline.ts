// Changes made offline wait as paused mutations, are saved with the client (only those: no query
// data), come back after a reload, and are sent once the browser is online again, in the order
// they were made. A restored change runs with the mutation defaults registered here, because the
// component that started it is gone; its idempotency key (messages) or its nature (the same status
// twice is no change) makes the replay exactly once.
import {
  onlineManager,
  useMutationState,
  type Mutation,
  type QueryClient,
} from '@tanstack/react-query';
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { useSyncExternalStore } from 'react';
import { isReplaySafe } from '../domain';
import { explainFailure, isConflict } from './explain-failure';
import {
  ACTION_MUTATION_KEY,
  conversationActionOptions,
  type ActionContext,
  type ActionVariables,
} from './use-conversation-action';
import {
  SEND_MUTATION_KEY,
  sendMessageOptions,
  type SendMessageVariables,
} from './use-send-message';

export const CHANGES_STORAGE_KEY = 'parley-waiting-changes';

/** Bumped when the shape of a saved change changes: older ones are then dropped, not misread. */
// Every change in the cache, whatever its types: only its key, state and variables are read.
// oxlint-disable-next-line no-explicit-any -- the cache holds mutations of every type
type AnyMutation = Mutation<any, any, any, any>;

const BUSTER = 'changes-v1';

/** A queued change older than this is dropped rather than applied out of the blue. */
const MAX_AGE_MS = 24 * 60 * 60_000;

/** Lets a change restored from storage run without the component that started it. */
export function registerChangeDefaults(qc: QueryClient): void {
  qc.setMutationDefaults([...ACTION_MUTATION_KEY], conversationActionOptions(qc));
  qc.setMutationDefaults([...SEND_MUTATION_KEY], sendMessageOptions(qc));
}

function keyIs(mutation: AnyMutation, key: readonly string[]): boolean {
  const k = mutation.options.mutationKey;
  return k !== undefined && k.length === key.length && key.every((part, i) => k[i] === part);
}

function isChange(mutation: AnyMutation): boolean {
  return keyIs(mutation, ACTION_MUTATION_KEY) || keyIs(mutation, SEND_MUTATION_KEY);
}

/** Saved: every change still waiting, and those on their way when sending twice is harmless
 * (a reload then cannot lose them either). */
export function shouldSaveChange(mutation: AnyMutation): boolean {
  if (!isChange(mutation) || mutation.state.status !== 'pending') return false;
  if (mutation.state.isPaused) return true;
  if (keyIs(mutation, SEND_MUTATION_KEY)) return true;
  const vars = mutation.state.variables as ActionVariables | undefined;
  return vars !== undefined && isReplaySafe(vars.action);
}

export function changesPersistOptions(
  storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage,
  throttleTime = 500,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister: createSyncStoragePersister({ storage, key: CHANGES_STORAGE_KEY, throttleTime }),
    buster: BUSTER,
    maxAge: MAX_AGE_MS,
    dehydrateOptions: {
      shouldDehydrateQuery: () => false,
      shouldDehydrateMutation: shouldSaveChange,
    },
  };
}

const restoredIds = new WeakMap<QueryClient, Set<number>>();

/** After a restore: sends every change that came back (or pauses it again while offline). */
export function resumeRestoredChanges(qc: QueryClient): Promise<unknown> {
  const restored = qc
    .getMutationCache()
    .getAll()
    .filter((m) => m.state.status === 'pending');
  restoredIds.set(qc, new Set(restored.map((m) => m.mutationId)));
  return Promise.all(restored.map((m) => m.continue().catch(() => undefined)));
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** Why a change that was waiting did not go through, for a person who no longer sees its screen. */
export function describeWaitingFailure(mutation: AnyMutation, error: unknown): string {
  if (keyIs(mutation, SEND_MUTATION_KEY)) {
    const v = mutation.state.variables as SendMessageVariables | undefined;
    const what = v?.type === 'note' ? 'note' : 'reply';
    return `Your ${what} "${snippet(v?.body ?? '')}" was not sent: ${explainFailure(error)}`;
  }
  const context = mutation.state.context as ActionContext | undefined;
  const why = explainFailure(error, { base: context?.base });
  // A conflict is a sentence of its own ("Sam closed this conversation. …").
  const lead = 'A change made offline was not applied';
  return isConflict(error) ? `${lead}. ${why}` : `${lead}: ${why}`;
}

/** Calls `report` when a change restored after a reload fails: nobody else is there to say so. */
export function watchRestoredChanges(qc: QueryClient, report: (message: string) => void) {
  return qc.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (!restoredIds.get(qc)?.has(event.mutation.mutationId)) return;
    report(describeWaitingFailure(event.mutation, event.action.error));
  });
}

/** How many changes wait to be sent (offline, or behind the one being sent). */
export function useWaitingChanges(): number {
  return useMutationState({
    filters: { predicate: (m) => m.state.isPaused && isChange(m) },
    select: (m) => m.mutationId,
  }).length;
}

export function useIsOnline(): boolean {
  return useSyncExternalStore(
    (notify) => onlineManager.subscribe(() => notify()),
    () => onlineManager.isOnline(),
    () => true,
  );
}
