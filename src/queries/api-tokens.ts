// API tokens of the org (admins). The token a creation answers with is never cached: the screen
// shows it once and forgets it.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTokenRequest } from '../api';
import { api } from './api';

export const tokenKeys = { all: ['api-tokens'] as const };

export const tokenQueries = {
  list: () => queryOptions({ queryKey: tokenKeys.all, queryFn: () => api.listTokens() }),
};

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['api-tokens', 'create'],
    mutationFn: (body: CreateTokenRequest) => api.createToken(body),
    gcTime: 0,
    onSettled: () => qc.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['api-tokens', 'revoke'],
    mutationFn: (id: number) => api.revokeToken(id),
    onSettled: () => qc.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
