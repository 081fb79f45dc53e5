// "New message since you started" (SPEC 7.5): a contact's or another agent's message that arrived
// after the draft began makes Send ask first.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Message } from '../../../domain';
import { conversationKeys, type ThreadWindow } from '../../../queries';
import { useCollisionStore } from './collision-store';

export interface CollisionGuard {
  /** The agent typed in the draft of `slot`: if it is not guarded yet, it begins now. */
  touch(slot: string): void;
  /** Messages by someone else that arrived since the draft of `slot` began. */
  newSince(slot: string): Message[];
  /** The agent reviewed them (or sent): the draft counts as begun now. */
  reviewed(slot: string): void;
  forget(slot: string): void;
}

export function isFromSomeoneElse(m: Message, meId: number | undefined): boolean {
  if (m.type === 'event') return false;
  if (m.authorType === 'contact') return true;
  return m.authorType === 'agent' && m.authorId !== meId;
}

export function useCollisionGuard(
  conversationId: number,
  meId: number | undefined,
): CollisionGuard {
  const qc = useQueryClient();
  const thread = useCallback(
    () => qc.getQueryData<ThreadWindow>(conversationKeys.messages(conversationId))?.messages ?? [],
    [qc, conversationId],
  );
  const newest = useCallback(() => thread().at(-1)?.id ?? 0, [thread]);
  return {
    touch: (slot) => {
      const state = useCollisionStore.getState();
      if (state.began[slot] === undefined) state.begin(slot, newest());
    },
    newSince: (slot) => {
      const began = useCollisionStore.getState().began[slot];
      if (began === undefined) return [];
      return thread().filter((m) => m.id > began && isFromSomeoneElse(m, meId));
    },
    reviewed: (slot) => useCollisionStore.getState().begin(slot, newest()),
    forget: (slot) => useCollisionStore.getState().forget(slot),
  };
}
