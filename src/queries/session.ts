// Signing in and out. Signing out forgets every cached answer: the next agent sees nothing of it.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SignInRequest } from '../api';
import { api } from './api';
import { orgKeys, orgQueries } from './keys';

/**
 * Forgets every answer but who is signed in. Not `qc.clear()`: that also drops the `me` query
 * its mounted observers (the app's sign-in gate) are attached to, so they would never hear of
 * the new agent. `me` is set first, so the screens of the old session unmount before anything of
 * theirs could refetch.
 */
function switchAgent(qc: QueryClient, agent: unknown) {
  qc.setQueryData(orgKeys.me, agent);
  qc.removeQueries({ predicate: (query) => query.queryKey[0] !== orgKeys.me[0] });
}

export function useMe() {
  return useQuery(orgQueries.me());
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) => api.signIn(credentials),
    onSuccess: ({ agent }) => switchAgent(qc, agent),
  });
}

export function useSignOut({ everywhere = false } = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => (everywhere ? api.signOutEverywhere() : api.signOut()),
    onSettled: () => switchAgent(qc, null),
  });
}
