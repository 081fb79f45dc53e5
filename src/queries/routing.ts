// Routing (SPEC 7.1): an agent's availability and, for admins, agents' capacity and teams. The
// answer is the agent with their load; the directory is read again, since availability may have
// assigned waiting conversations.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchAgentRequest } from '../api';
import { api } from './api';
import { conversationKeys, orgKeys } from './keys';

function useAfterRouting() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: orgKeys.directory });
    void qc.invalidateQueries({ queryKey: conversationKeys.all });
  };
}

export function useSetAvailable() {
  const after = useAfterRouting();
  return useMutation({
    mutationKey: ['me', 'available'],
    mutationFn: (available: boolean) => api.setAvailable(available),
    onSettled: after,
  });
}

export function useUpdateAgent() {
  const after = useAfterRouting();
  return useMutation({
    mutationKey: ['agents', 'update'],
    mutationFn: ({ id, patch }: { id: number; patch: PatchAgentRequest }) =>
      api.updateAgent(id, patch),
    onSettled: after,
  });
}
