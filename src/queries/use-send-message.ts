// Replies and notes. The thread shows a send at once (from the pending mutations' variables),
// the request carries the draft's idempotency key so a retry can never post twice, and the
// saved message is appended to the cached thread instead of refetching it.
import {
  mutationOptions,
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { SendMessageResult } from '../api';
import type { Message } from '../domain';
import { api } from './api';
import { conversationKeys } from './keys';
import { writeConversation } from './optimistic';
import { withMessage, type ThreadWindow } from './thread-window';
import { CHANGES_SCOPE, isTransient, mutationRetries } from './retries';

export interface SendMessageVariables {
  conversationId: number;
  type: 'chat' | 'note';
  body: string;
  idempotencyKey: string;
  /** Files uploaded for this message (SPEC 7.4). */
  attachmentIds?: number[] | undefined;
}

/** The composer command a reply can be instead of a message. */
export const SYNC_COMMAND = '/sync';

export function isSyncCommand(type: 'chat' | 'note', body: string): boolean {
  return type === 'chat' && body.trim() === SYNC_COMMAND;
}

/** Puts a saved message into the cached thread, at its place (once, whatever the replays). The
 * thread always reaches the newest message, so a send lands at the bottom without a refetch. */
export function appendMessage(qc: QueryClient, message: Message): void {
  qc.setQueryData<ThreadWindow>(conversationKeys.messages(message.conversationId), (data) =>
    data ? withMessage(data, message) : data,
  );
}

export const SEND_MUTATION_KEY = ['conversation', 'send'] as const;

/** The options of a send, also its defaults so a send restored after a reload knows how to run.
 * Every attempt carries the same idempotency key: a replay answers with the saved message. */
export function sendMessageOptions(qc: QueryClient) {
  return mutationOptions<SendMessageResult, Error, SendMessageVariables>({
    mutationKey: SEND_MUTATION_KEY,
    scope: CHANGES_SCOPE,
    retry: (failures, error) => failures < mutationRetries(qc) && isTransient(error),
    mutationFn: (v) =>
      api.sendMessage(v.conversationId, {
        type: v.type,
        body: v.body,
        idempotencyKey: v.idempotencyKey,
        ...(v.attachmentIds?.length ? { attachmentIds: v.attachmentIds } : {}),
      }),
    onSuccess: (result) => {
      if (result.type === 'command') writeConversation(qc, result.conversation);
      else appendMessage(qc, result);
    },
    // A reply moves `lastActivityAt` and the version; the thread itself is already up to date.
    onSettled: (_data, _error, v) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: conversationKeys.detail(v.conversationId) }),
        qc.invalidateQueries({ queryKey: conversationKeys.lists() }),
      ]),
  });
}

export function useSendMessage() {
  const qc = useQueryClient();
  return useMutation(sendMessageOptions(qc));
}

/** Sends of this conversation still on their way, oldest first. */
export function usePendingMessages(conversationId: number): SendMessageVariables[] {
  return useMutationState({
    filters: { mutationKey: [...SEND_MUTATION_KEY], status: 'pending' },
    select: (mutation) => mutation.state.variables as SendMessageVariables | undefined,
  }).filter(
    (v): v is SendMessageVariables => v !== undefined && v.conversationId === conversationId,
  );
}
