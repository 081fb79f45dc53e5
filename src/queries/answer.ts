// Answering faster (SPEC 7.4): the org's saved replies, a contact with their conversations, and
// uploading a file for the composer.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSavedReplyRequest, PatchSavedReplyRequest } from '../api';
import { api } from './api';

export const answerKeys = {
  savedReplies: ['saved-replies'] as const,
  contact: (id: number) => ['contacts', id] as const,
};

export const answerQueries = {
  savedReplies: () =>
    queryOptions({
      queryKey: answerKeys.savedReplies,
      queryFn: ({ signal }) => api.listSavedReplies(signal),
      staleTime: 60_000,
    }),
  contact: (id: number) =>
    queryOptions({
      queryKey: answerKeys.contact(id),
      queryFn: ({ signal }) => api.getContact(id, signal),
      staleTime: 30_000,
    }),
};

export const useSavedReplies = () => useQuery(answerQueries.savedReplies());
export const useContact = (id: number) => useQuery(answerQueries.contact(id));

function useSavedReplyMutation<V>(fn: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: answerKeys.savedReplies }),
  });
}

export const useCreateSavedReply = () =>
  useSavedReplyMutation((body: CreateSavedReplyRequest) => api.createSavedReply(body));
export const usePatchSavedReply = () =>
  useSavedReplyMutation(({ id, body }: { id: number; body: PatchSavedReplyRequest }) =>
    api.patchSavedReply(id, body),
  );
export const useDeleteSavedReply = () =>
  useSavedReplyMutation((id: number) => api.deleteSavedReply(id));

export const uploadAttachment = (conversationId: number, file: File) =>
  api.uploadAttachment(conversationId, file);
export const attachmentUrl = (id: number) => api.attachmentUrl(id);
