// The memory Store's API tokens. Few per org, so a scan is enough; the hash lookup is a scan too.
import { copy, copyOrNull } from './copy';
import type { MemoryState } from './state';
import type { StoreTx } from '../store';

export type TokenKeys =
  'insertApiToken' | 'listApiTokens' | 'findApiTokenByHash' | 'revokeApiToken' | 'touchApiToken';

export function tokenMethods(s: MemoryState): Pick<StoreTx, TokenKeys> {
  const all = () => [...s.apiTokens.values()];
  return {
    insertApiToken: async (token) => {
      if (all().some((t) => t.tokenHash === token.tokenHash))
        throw new Error('memory store: duplicate API token');
      const row = { ...copy(token), id: s.seq.apiToken.next(), lastUsedAt: null, revokedAt: null };
      s.apiTokens.set(row.id, row);
      return copy(row);
    },
    listApiTokens: async (orgId) =>
      all()
        .filter((t) => t.orgId === orgId)
        .sort((a, b) => a.id - b.id)
        .map(copy),
    findApiTokenByHash: async (hash) => copyOrNull(all().find((t) => t.tokenHash === hash)),
    revokeApiToken: async (orgId, id, at) => {
      const t = s.apiTokens.get(id);
      if (t?.orgId !== orgId) return null;
      const next = { ...t, revokedAt: t.revokedAt ?? at };
      s.apiTokens.set(id, next);
      return copy(next);
    },
    touchApiToken: async (id, at) => {
      const t = s.apiTokens.get(id);
      if (t) s.apiTokens.set(id, { ...t, lastUsedAt: at });
    },
  };
}
